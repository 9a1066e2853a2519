-- report_evaluation: the 中期评估 and 终期评估 of every plan — every indicator of every region held, at two stages,
-- against the yardstick of that stage. Grain: one row per plan × region (series code) × indicator × sex × area ×
-- stage: the headline row (T, total) of every indicator and the breakdown rows (城市, 农村, 女, 男) of an indicator
-- monitored by breakdowns. A breakdown row is held against the target the catalog gives its value; interim targets
-- and the outlook (report_progress) are the headline's. report_evaluation_summary counts headline rows only.
--   interim: the year of the plan's interim targets (2025 for the 2021–2030 plans), else the middle of its cycle
--            (2015); final: the plan's target year (2030).
-- The value of a stage is that of the latest year after the baseline, up to the stage year, that has data
-- (value_year; an assessment for a qualitative indicator). The status (status_method says which applies):
--   interim_target  an interim target of the stage year exists: the value against it (target_status, the
--                   comparison indicator_status makes, with the indicator's tolerance);
--   final_target    final stage: indicator_status of value_year, i.e. the value against the plan's target (a target
--                   against the baseline is the region's own, as there);
--   assessment      a qualitative indicator: the 妇儿工委办's assessment of value_year, as in indicator_status;
--   progress        no target for the stage (interim, no interim target): report_progress as of the stage year,
--                   the outlook toward the plan's target (on track / acceleration needed / …);
--   none            no data after the baseline (no_data), or a value but neither a target nor an outlook
--                   (not_available).
-- Status names are settings (lianggang.report.evaluation-labels, in report_setting).

create table report_evaluation as
with stages as (
    select p.plan_code, p.baseline_year, p.target_year, s.stage, s.stage_order,
           if(s.stage = 'final', p.target_year,
              coalesce((select min(t.target_year) from dim_interim_target as t
                        where t.plan_code = p.plan_code and t.target_year < p.target_year),
                       p.baseline_year + (p.target_year - p.baseline_year) // 2))::integer as stage_year
    from dim_plan as p
    cross join (values ('interim', 1), ('final', 2)) as s(stage, stage_order)
),

-- each series at each stage: its latest year with data after the baseline, up to the stage year (value_year), that
-- year's row and the baseline year's row, in one pass over the series' rows
observed_rows as (
    select st.plan_code, st.stage, st.stage_order, st.stage_year, st.baseline_year, st.target_year,
           s.region_code, s.indicator_code, s.sex, s.area,
           max(s.year) filter (where s.year > st.baseline_year and has_data) as value_year,
           arg_max_null(struct_pack(value := s.value, target_op := s.target_op, target_low := s.target_low,
                                    target_high := s.target_high, status := s.status), s.year)
               filter (where s.year > st.baseline_year and has_data) as latest,
           arg_max_null(struct_pack(value := s.value, target_low := s.target_low, target_high := s.target_high),
                        s.year) filter (where s.year = st.baseline_year) as baseline
    from stages as st
    join (select *, value is not null or (kind = 'qualitative' and status <> 'no_data') as has_data
          from indicator_status) as s
        on s.plan_code = st.plan_code and s.year >= st.baseline_year and s.year <= st.stage_year
    group by all
),

observed as (
    select o.* exclude (latest, baseline),
           o.baseline.value as baseline_value, o.baseline.target_low as baseline_target_low,
           o.baseline.target_high as baseline_target_high,
           o.latest.value as value, o.latest.target_op as value_target_op, o.latest.target_low as value_target_low,
           o.latest.target_high as value_target_high, o.latest.status as value_status
    from observed_rows as o
),

judged as (
    select o.*, i.domain_code, i.goal_code, i.kind,
           it.target_year is not null as has_interim_target,
           coalesce(it.target_year, o.target_year) as target_year_applied,
           if(it.target_year is not null, it.target_op, coalesce(o.value_target_op, k.target_op)) as target_op,
           if(it.target_year is not null, it.target_low, coalesce(o.value_target_low, o.baseline_target_low)) as target_value,
           if(it.target_year is not null, it.target_high, coalesce(o.value_target_high, o.baseline_target_high)) as target_high,
           if(it.target_year is not null, it.target_text, k.target_text) as target_text,
           if(it.target_year is not null, it.target_verified, k.target_verified) as target_verified,
           o.value_status as final_status,
           target_status(o.value, it.target_op, it.target_low, it.target_high, coalesce(k.target_tolerance, 0))
               as interim_status,
           pr.progress_status, pr.progress_ratio, pr.projected_value
    from observed as o
    join dim_indicator as i using (plan_code, indicator_code)
    join dim_indicator_breakdown as k using (plan_code, indicator_code, sex, area)
    left join dim_interim_target as it
        on o.stage = 'interim' and k.breakdown = 'total' and it.plan_code = o.plan_code
        and it.indicator_code = o.indicator_code and it.target_year = o.stage_year
    left join report_progress as pr
        on k.breakdown = 'total' and pr.plan_code = o.plan_code and pr.indicator_code = o.indicator_code and pr.region_code = o.region_code
        and pr.as_of_year = o.stage_year
),

methods as (
    select j.*,
           case
               when j.value_year is null then 'none'
               when j.kind = 'qualitative' then 'assessment'
               when j.has_interim_target then 'interim_target'
               when j.stage = 'final' and j.target_value is not null then 'final_target'
               when j.stage = 'interim' and j.progress_status is not null then 'progress'
               else 'none'
           end as status_method
    from judged as j
),

statuses as (
    select m.*,
           case m.status_method
               when 'interim_target' then m.interim_status
               when 'final_target' then m.final_status
               when 'assessment' then m.final_status
               when 'progress' then m.progress_status
               else if(m.value_year is null, 'no_data', 'not_available')
           end as status_code
    from methods as m
)

select s.plan_code, s.stage, s.stage_year, s.region_code, r.region_name, r.region_level,
       r.parent_code, s.sex, s.area, k.breakdown_label, s.domain_code, d.domain_name, s.goal_code, s.indicator_code, i.indicator_name,
       i.unit, s.kind, s.baseline_year, s.baseline_value, s.value_year, s.value,
       s.target_year_applied as target_year, s.target_op, s.target_value, s.target_high, s.target_text,
       s.target_verified, i.target_source,
       target_gap(s.value, s.target_op, s.target_value, s.target_high) as gap_to_target,
       s.status_method, s.status_code, l.value as status,
       s.progress_ratio, s.projected_value, i.indicator_order, s.stage_order
from statuses as s
join dim_indicator as i using (plan_code, indicator_code)
join dim_indicator_breakdown as k using (plan_code, indicator_code, sex, area)
join dim_domain as d on d.plan_code = s.plan_code and d.domain_code = s.domain_code
join dim_region_parent as r on r.region_code = s.region_code
join report_setting as l on l.setting = 'evaluation_label_' || s.status_code
order by s.plan_code, s.stage_order, s.region_code, i.indicator_order, k.breakdown_order;

-- report_evaluation_summary: how many indicators fall in each status, per plan × stage × region, for each domain and
-- (domain_code NULL) the whole plan. Grain: one row per plan × stage × region × domain, plus one per plan × stage ×
-- region for the whole plan. Each indicator counts once, by its headline row.
create table report_evaluation_summary as
with counted as (
    select plan_code, stage, stage_year, region_code, region_name, region_level, parent_code, domain_code,
           count(*)::integer as indicators,
           count(*) filter (where status_code = 'met')::integer as met,
           count(*) filter (where status_code = 'basically_met')::integer as basically_met,
           count(*) filter (where status_code = 'unmet')::integer as unmet,
           count(*) filter (where status_code = 'target_achieved')::integer as target_achieved,
           count(*) filter (where status_code = 'on_track')::integer as on_track,
           count(*) filter (where status_code = 'acceleration_needed')::integer as acceleration_needed,
           count(*) filter (where status_code = 'limited_progress')::integer as limited_progress,
           count(*) filter (where status_code = 'deterioration')::integer as deterioration,
           count(*) filter (where status_code = 'not_available')::integer as not_available,
           count(*) filter (where status_code = 'no_data')::integer as no_data,
           min(stage_order) as stage_order
    from report_evaluation
    where sex = 'T' and area = 'total'
    group by grouping sets (
        (plan_code, stage, stage_year, region_code, region_name, region_level, parent_code, domain_code),
        (plan_code, stage, stage_year, region_code, region_name, region_level, parent_code))
)

select c.plan_code, c.stage, c.stage_year, c.region_code, c.region_name, c.region_level, c.parent_code,
       c.domain_code, d.domain_name, c.indicators, c.met, c.basically_met, c.unmet, c.target_achieved, c.on_track,
       c.acceleration_needed, c.limited_progress, c.deterioration, c.not_available, c.no_data
from counted as c
left join dim_domain as d on d.plan_code = c.plan_code and d.domain_code = c.domain_code
order by c.plan_code, c.stage_order, c.region_code, d.domain_order nulls first;
