-- HTML report, one trend per quantitative indicator: its values from the plan's baseline year to the report year
-- for the report region (the headline row, 合计), with the target to draw as a line.
-- Grain: one row per plan × quantitative indicator.
-- Parameters: year, plan (NULL: all), region (the report's region: --region, or the root).
with params as (
    select ?::integer as year, ?::varchar as plan,
           ?::varchar as region
),

series as (
    select v.plan_code, v.indicator_code, list(v.year order by v.year) as years,
           list(v.value order by v.year) as "values"
    from indicator_value as v
    join params on v.region_code = params.region and v.year <= params.year
    where (params.plan is null or v.plan_code = params.plan) and v.sex = 'T' and v.area = 'total'
    group by v.plan_code, v.indicator_code
)

select i.plan_code, p.short_name, i.indicator_code, i.indicator_name, i.unit, i.target_op, i.target_low,
       i.target_high, i.target_text, s.years, s."values"
from series as s
join dim_indicator as i using (plan_code, indicator_code)
join dim_plan as p using (plan_code)
where i.kind = 'quantitative'
order by i.plan_code desc, i.indicator_order;
