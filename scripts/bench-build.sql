-- The yardstick of scripts/bench-build: the figures of indicator_value (warehouse/30_indicator_value.sql) computed
-- by one bare DuckDB query straight from the lake's Parquet files, with nothing else around it (no report tables,
-- no data tests, no file to write). The catalog's dimensions (dim_indicator, dim_indicator_part, dim_region,
-- dim_region_ancestor, dim_plan_year: a few thousand rows) are copied in from the warehouse before the clock
-- starts; the facts are read from the Parquet files named in the variable lake_files (source and year from their
-- Hive paths, as warehouse/20_lake.sql reads them).
-- Same definitions as the warehouse: a region's own value from its own elements; above it, the ratio of the summed
-- numerators and denominators (a count: the sum) of its reporting units, the lowest regions below it with both
-- parts; a reported indicator is never summed.
-- Grain: one row per plan × indicator × region (series code) × year × breakdown row (sex, area: the headline T/total
-- and each breakdown value the catalog monitors, from the elements dim_indicator_part gives that row) with a value.
create table bare_indicator_value as
with facts as (
    select f.year, r.series_code as region_code, f.element, f.sex, f.area, f.age_group, f.value
    from read_parquet(getvariable('lake_files'), hive_partitioning = true,
                      hive_types = {'source': 'VARCHAR', 'year': 'INTEGER'}) as f
    join dim_region as r using (region_code)
),

own_values as (
    select p.plan_code, p.indicator_code, p.indicator_sex as sex, p.indicator_area as area, f.year, f.region_code,
           max(f.value) filter (where p.part = 'numerator') as numerator,
           max(f.value) filter (where p.part = 'denominator') as denominator
    from dim_indicator_part as p
    join facts as f
        on f.element = p.element_code and f.sex = p.sex and f.area = p.area
        and f.age_group is not distinct from p.age_group
    group by all
),

summable_values as (
    select o.*
    from own_values as o
    join dim_indicator as i using (plan_code, indicator_code)
    where i.method in ('ratio', 'count') and o.numerator is not null
      and (i.method <> 'ratio' or o.denominator is not null)
),

covered_regions as (
    select distinct s.plan_code, s.indicator_code, s.sex, s.area, s.year, a.ancestor_code as region_code
    from summable_values as s
    join dim_region_ancestor as a on a.region_code = s.region_code and a.distance > 0
),

sums_below as (
    select u.plan_code, u.indicator_code, u.sex, u.area, u.year, a.ancestor_code as region_code,
           sum(u.numerator) as numerator, sum(u.denominator) as denominator
    from summable_values as u
    anti join covered_regions as c using (plan_code, indicator_code, sex, area, year, region_code)
    join dim_region_ancestor as a on a.region_code = u.region_code and a.distance > 0
    group by all
),

all_values as (
    select plan_code, indicator_code, sex, area, year, region_code,
           coalesce(s.numerator, o.numerator) as numerator,
           if(s.numerator is not null, s.denominator, o.denominator) as denominator
    from sums_below as s
    full join own_values as o using (plan_code, indicator_code, sex, area, year, region_code)
)

select v.plan_code, v.indicator_code, v.sex, v.area, v.year, v.region_code,
       if(i.method = 'ratio', if(v.denominator > 0, v.numerator / v.denominator * i.factor, null), v.numerator)
           as value
from all_values as v
join dim_indicator as i using (plan_code, indicator_code)
join dim_plan_year using (plan_code, year)
where v.numerator is not null;
