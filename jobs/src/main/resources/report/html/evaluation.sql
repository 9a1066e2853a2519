-- HTML report, the 中期评估 / 终期评估 of the report year (only a stage year has rows: 2025, 2030): per plan and
-- stage, how many indicators have each status, named as report_setting names them. Grain: one row per plan × stage
-- × status with at least one indicator.
-- Parameters: year, plan (NULL: all), region (the report's region: --region, or the root).
with params as (
    select ?::integer as year, ?::varchar as plan,
           ?::varchar as region
),

whole_plans as (
    select s.plan_code, s.stage, s.indicators, s.met, s.basically_met, s.unmet, s.target_achieved, s.on_track,
           s.acceleration_needed, s.limited_progress, s.deterioration, s.not_available, s.no_data
    from report_evaluation_summary as s
    join params on s.stage_year = params.year and s.region_code = params.region
    where s.domain_code is null and (params.plan is null or s.plan_code = params.plan)
),

counts as (
    unpivot whole_plans
    on met, basically_met, unmet, target_achieved, on_track, acceleration_needed, limited_progress, deterioration,
       not_available, no_data
    into name status_code value indicators_with_status
)

select p.short_name, c.plan_code, if(c.stage = 'interim', '中期评估', '终期评估') as stage_name, c.indicators,
       c.status_code, l.value as status, c.indicators_with_status
from counts as c
join dim_plan as p using (plan_code)
join report_setting as l on l.setting = 'evaluation_label_' || c.status_code
where c.indicators_with_status > 0
order by c.plan_code desc, c.stage desc,
         list_position(['met', 'basically_met', 'unmet', 'target_achieved', 'on_track', 'acceleration_needed',
                        'limited_progress', 'deterioration', 'not_available', 'no_data'], c.status_code);
