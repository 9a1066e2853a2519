-- indicator_status: every indicator of every plan, for every region and every plan year, held against its target.
-- Grain: one row per plan × indicator × region (series code) × year, baseline year to target year.
-- status: met (达标) / unmet (未达标) / no_data (无数据). Quantitative indicators compare their value with the
-- target (at 6 decimals, so that 20.000000000000004 is not "above 20"); qualitative ones take the assessment of
-- the 妇儿工委办; an indicator without a value or an assessment is no_data.

create table indicator_status as
with plan_years as (
    select plan_code, unnest(range(baseline_year, target_year + 1)) as year
    from dim_plan
),

series_regions as (
    select region_code, region_name, level
    from dim_region
    where successor_code is null
),

grid as (
    select i.plan_code, y.year, r.region_code, i.domain_code, i.indicator_code, i.kind,
           i.target_op, i.target_low, i.target_high
    from dim_indicator as i
    join plan_years as y using (plan_code)
    cross join series_regions as r
),

assessments as (
    select a.year, r.series_code as region_code, a.indicator_code, max(a.status) as status, max(a.note) as note
    from fact_assessment as a
    join dim_region as r using (region_code)
    group by all
),

judged as (
    select g.*, v.value, v.numerator, v.denominator, a.note as assessment_note,
           case
               when g.kind = 'qualitative' then coalesce(a.status, 'no_data')
               when v.value is null then 'no_data'
               when g.target_op = '>=' and round(v.value, 6) >= g.target_low then 'met'
               when g.target_op = '>' and round(v.value, 6) > g.target_low then 'met'
               when g.target_op = '<=' and round(v.value, 6) <= g.target_low then 'met'
               when g.target_op = '<' and round(v.value, 6) < g.target_low then 'met'
               when g.target_op = 'between' and round(v.value, 6) between g.target_low and g.target_high then 'met'
               else 'unmet'
           end as status
    from grid as g
    left join indicator_value as v using (plan_code, indicator_code, region_code, year)
    left join assessments as a
        on g.kind = 'qualitative' and a.indicator_code = g.indicator_code
        and a.region_code = g.region_code and a.year = g.year
)

select plan_code, year, region_code, domain_code, indicator_code, kind, value, numerator, denominator,
       target_op, target_low, target_high, status,
       case status when 'met' then '达标' when 'unmet' then '未达标' else '无数据' end as status_label,
       if(kind = 'qualitative', 'assessment', 'computed') as status_basis,
       assessment_note
from judged;
