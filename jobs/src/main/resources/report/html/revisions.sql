-- HTML report, 本版与上一版相比的变化: the figures of the report's region and the regions directly below it that
-- differ from the year's latest published vintage (report_revision), headline rows (合计), old and new.
-- Grain: one row per plan × region × revised indicator.
-- Parameters: year, plan (NULL: all), region (the report's region: --region, or the root).
with params as (
    select ?::integer as year, ?::varchar as plan,
           ?::varchar as region
)

select p.short_name, v.region_name, v.indicator_code, v.indicator_name, v.unit, v.old_value, v.new_value,
       v.old_status, v.new_status, v.compared_with, v.revision_text
from report_revision as v
join params on v.year = params.year
join dim_plan as p on p.plan_code = v.plan_code
left join dim_region as r on r.region_code = v.region_code
where v.sex = 'T' and v.area = 'total' and (params.plan is null or v.plan_code = params.plan)
  and (v.region_code = params.region or r.parent_code = params.region)
order by v.plan_code desc, v.region_code <> params.region, v.region_code, v.indicator_code;
