-- indicator_value: the value of every quantitative indicator for every region and year that has data, in the years
-- of its plan's cycle (dim_plan_year: 2019 data feeds only the 2011–2020 plans, 2020 data both cycles).
-- Grain: one row per plan × indicator × region (series code) × year.
-- Counties: computed from their own reported elements. City: for ratio indicators the ratio of the summed
-- numerators and denominators of the counties that reported both (never an average of county rates); for count
-- indicators the sum over counties; reported indicators (a sex ratio, a life expectancy) are never summed and
-- come from the city's own row. When no county reports an indicator, the city's own row is used.

create table indicator_value as
with indicator_parts as (
    select plan_code, indicator_code, 'numerator' as part,
           numerator_element as element, numerator_sex as sex, numerator_area as area,
           numerator_age_group as age_group
    from dim_indicator
    where kind = 'quantitative'
    union all
    select plan_code, indicator_code, 'denominator',
           denominator_element, denominator_sex, denominator_area, denominator_age_group
    from dim_indicator
    where kind = 'quantitative' and method = 'ratio'
),

element_values as (
    select f.year, r.series_code as region_code, r.level, f.element, f.sex, f.area, f.age_group, f.value
    from fact_data_value as f
    join dim_region as r using (region_code)
),

region_parts as (
    select p.plan_code, p.indicator_code, e.year, e.region_code, e.level,
           max(e.value) filter (where p.part = 'numerator') as numerator,
           max(e.value) filter (where p.part = 'denominator') as denominator
    from indicator_parts as p
    join element_values as e
        on e.element = p.element and e.sex = p.sex and e.area = p.area
        and e.age_group is not distinct from p.age_group
    group by all
),

county_values as (
    select r.*, null::integer as counties_reporting, 'county' as value_source
    from region_parts as r
    where r.level = 'county'
),

city_from_counties as (
    select c.plan_code, c.indicator_code, c.year,
           sum(c.numerator) as numerator,
           sum(c.denominator) as denominator,
           count(*)::integer as counties_reporting
    from county_values as c
    join dim_indicator as i using (plan_code, indicator_code)
    where i.method in ('ratio', 'count')
      and c.numerator is not null
      and (i.method <> 'ratio' or c.denominator is not null)
    group by all
),

city_own as (
    select plan_code, indicator_code, year, region_code, numerator, denominator
    from region_parts
    where level = 'city'
),

city_values as (
    select coalesce(s.plan_code, o.plan_code) as plan_code,
           coalesce(s.indicator_code, o.indicator_code) as indicator_code,
           coalesce(s.year, o.year) as year,
           (select region_code from dim_region where level = 'city') as region_code,
           'city' as level,
           if(s.counties_reporting > 0, s.numerator, o.numerator) as numerator,
           if(s.counties_reporting > 0, s.denominator, o.denominator) as denominator,
           s.counties_reporting,
           if(s.counties_reporting > 0, 'sum_of_counties', 'reported') as value_source
    from city_from_counties as s
    full join city_own as o using (plan_code, indicator_code, year)
),

all_values as (
    select * from county_values
    union all by name
    select * from city_values
)

select v.plan_code, v.indicator_code, v.year, v.region_code, v.level,
       v.numerator,
       v.denominator,
       case
           when i.method = 'ratio' then if(v.denominator > 0, v.numerator / v.denominator * i.factor, null)
           else v.numerator
       end as value,
       v.counties_reporting,
       v.value_source
from all_values as v
join dim_indicator as i using (plan_code, indicator_code)
join dim_plan_year using (plan_code, year);

-- Data dictionary (lianggang dictionary prints it): 中文标题｜English description.
comment on table indicator_value is '指标值｜every quantitative indicator computed per region and year';
comment on column indicator_value.plan_code is '规划代码｜plan code (women-2011-2020, children-2011-2020)';
comment on column indicator_value.indicator_code is '指标代码｜indicator code';
comment on column indicator_value.year is '年份｜report year';
comment on column indicator_value.region_code is '地区代码｜region code (GB/T 2260); in results the series code, e.g. 450206 for 柳江 in every year';
comment on column indicator_value.level is '地区级别｜city or county';
comment on column indicator_value.numerator is '分子｜numerator (city: sum over the counties that reported both parts)';
comment on column indicator_value.denominator is '分母｜denominator';
comment on column indicator_value.value is '指标值｜numerator ÷ denominator × factor, reported value or sum; full precision';
comment on column indicator_value.counties_reporting is '参与县区数｜counties summed into a city value';
comment on column indicator_value.value_source is '取值方式｜county, sum_of_counties or reported';
