-- HTML report, the indicators without data (无数据) of the report year and region, and why: 取数困难 (no configured
-- layout carries an element of it: nobody can report it yet) or 未填报 (a layout carries it, but no file came or
-- the value was missing) or 基期无数据 (a value, but its target is stated against the baseline year, which has none),
-- with the departments responsible; headline rows (合计) only.
-- Grain: one row per plan × indicator without data.
-- Parameters: year, plan (NULL: all), region (the report's region: --region, or the root).
with params as (
    select ?::integer as year, ?::varchar as plan,
           ?::varchar as region
)

select p.short_name, d.domain_name, i.indicator_code, i.indicator_name,
       no_data_reason_label(s.no_data_reason) as reason,
       replace(s.no_data_reason, '_', '-') as reason_code, i.departments
from indicator_status as s
join params on s.year = params.year and s.region_code = params.region
join dim_indicator as i using (plan_code, indicator_code)
join dim_domain as d on d.plan_code = i.plan_code and d.domain_code = i.domain_code
join dim_plan as p on p.plan_code = s.plan_code
where s.status = 'no_data' and s.sex = 'T' and s.area = 'total' and (params.plan is null or s.plan_code = params.plan)
order by s.plan_code desc, s.no_data_reason, i.indicator_order;
