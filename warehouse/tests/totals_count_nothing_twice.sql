-- A region's total is the sum over its children, each once: for every ratio and count indicator a region that sums the
-- regions below it (a city, a province, the country) has the numerator, denominator and number of reporting units of
-- its children that have a value, where a zone included in a county's figures is no child (it is shown, never added
-- again); each breakdown row (城市, 农村, 女, 男) on its own. Returns the totals that differ: a child counted twice, an included zone added, a historical code beside
-- its successor.
with child_values as (
    select p.series_code as parent_code, v.plan_code, v.indicator_code, v.sex, v.area, v.year,
           sum(v.numerator) as numerator,
           sum(v.denominator) as denominator,
           sum(coalesce(v.counties_reporting, 1)) as units
    from indicator_value as v
    join dim_indicator as i using (plan_code, indicator_code)
    join dim_region as r on r.region_code = v.region_code
    join dim_region as p on p.region_code = r.parent_code
    where i.method in ('ratio', 'count')
      and r.included_in is null
      and v.numerator is not null
      and (i.method <> 'ratio' or v.denominator is not null)
    group by all
)

select t.plan_code, t.indicator_code, t.year, t.region_code, t.numerator, c.numerator as children_numerator,
       t.denominator, c.denominator as children_denominator, t.counties_reporting, c.units as children_units
from indicator_value as t
left join child_values as c
    on c.parent_code = t.region_code and c.plan_code = t.plan_code and c.indicator_code = t.indicator_code
    and c.sex = t.sex and c.area = t.area and c.year = t.year
where t.counties_reporting > 0
  and (c.parent_code is null
       or abs(t.numerator - c.numerator) > 1e-9 * greatest(1, abs(t.numerator))
       or abs(coalesce(t.denominator, 0) - coalesce(c.denominator, 0)) > 1e-9 * greatest(1, abs(t.denominator))
       or t.counties_reporting <> c.units);
