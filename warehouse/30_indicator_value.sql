-- indicator_value: the value of every quantitative indicator for every region and year that has data, in the years
-- of its plan's cycle (dim_plan_year: 2019 data feeds only the 2011–2020 plans, 2020 data both cycles).
-- Grain: one row per plan × indicator × region (series code) × year × sex × area: the headline row (sex T, area
-- total) and, for an indicator monitored by breakdowns, one row per breakdown value (sex T area rural, sex F area
-- total …), computed from the same elements restricted to that value (dim_indicator_part).
-- A region's own value comes from its own reported elements. A region above others (a city, a province, the
-- country) takes, for ratio indicators, the ratio of the summed numerators and denominators of all its reporting
-- units (never an average of rates), and for count indicators their sum. Its reporting units are the lowest regions
-- below it that reported both parts: each county that did, and a region whose own row is complete while nothing
-- below it reported (a city none of whose counties reported). A zone included in a county's figures is never one of
-- them (it is shown on its own); a separate zone is. Reported indicators (a sex ratio, a life expectancy) are never
-- summed: a region without its own reported value has none. When nothing below a region reported, its own row is used.
-- Every breakdown row rolls up on its own, by the same rule (the city's 农村 rate is the ratio of the counties' summed
-- 农村 numerators and denominators), so a city's rural and urban rows need not come from the same counties.

create table indicator_value as
with indicator_parts as (
    select plan_code, indicator_code, indicator_sex, indicator_area, part, element_code as element, sex, area,
           age_group
    from dim_indicator_part
),

element_values as (
    select f.year, r.series_code as region_code, f.element, f.sex, f.area, f.age_group, f.value
    from fact_data_value as f
    join dim_region as r using (region_code)
),

own_values as (
    select p.plan_code, p.indicator_code, p.indicator_sex as sex, p.indicator_area as area, e.year, e.region_code,
           max(e.value) filter (where p.part = 'numerator') as numerator,
           max(e.value) filter (where p.part = 'denominator') as denominator
    from indicator_parts as p
    join element_values as e
        on e.element = p.element and e.sex = p.sex and e.area = p.area
        and e.age_group is not distinct from p.age_group
    group by all
),

-- own values that may be summed: ratios with both parts, counts with their element
summable_values as (
    select o.*
    from own_values as o
    join dim_indicator as i using (plan_code, indicator_code)
    where i.method in ('ratio', 'count')
      and o.numerator is not null
      and (i.method <> 'ratio' or o.denominator is not null)
),

-- regions some region below which has a summable value: they take the sum, not their own row
covered_regions as (
    select distinct s.plan_code, s.indicator_code, s.sex, s.area, s.year, a.ancestor_code as region_code
    from summable_values as s
    join dim_region_ancestor as a on a.region_code = s.region_code and a.distance > 0
),

reporting_units as (
    select s.*
    from summable_values as s
    anti join covered_regions as c using (plan_code, indicator_code, sex, area, year, region_code)
),

sums_below as (
    select u.plan_code, u.indicator_code, u.sex, u.area, u.year, a.ancestor_code as region_code,
           sum(u.numerator) as numerator,
           sum(u.denominator) as denominator,
           count(*)::integer as counties_reporting,
           bool_and(r.level = 'county') as counties_only
    from reporting_units as u
    join dim_region_ancestor as a on a.region_code = u.region_code and a.distance > 0
    join dim_region as r on r.region_code = u.region_code
    group by all
),

all_values as (
    select plan_code, indicator_code, sex, area, year, region_code,
           if(s.counties_reporting > 0, s.numerator, o.numerator) as numerator,
           if(s.counties_reporting > 0, s.denominator, o.denominator) as denominator,
           s.counties_reporting,
           s.counties_only
    from sums_below as s
    full join own_values as o using (plan_code, indicator_code, sex, area, year, region_code)
)

select v.plan_code, v.indicator_code, v.year, v.region_code, r.level, v.sex, v.area,
       v.numerator,
       v.denominator,
       case
           when i.method = 'ratio' then if(v.denominator > 0, v.numerator / v.denominator * i.factor, null)
           else v.numerator
       end as value,
       v.counties_reporting,
       case
           when v.counties_reporting > 0 and v.counties_only then 'sum_of_counties'
           when v.counties_reporting > 0 then 'sum_of_units'
           when r.level in ('county', 'zone') then r.level
           else 'reported'
       end as value_source
from all_values as v
join dim_indicator as i using (plan_code, indicator_code)
join dim_region as r using (region_code)
join dim_plan_year using (plan_code, year);
