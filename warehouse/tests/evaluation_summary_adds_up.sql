-- report_evaluation_summary: every row's statuses add up to its indicators, and those are the report_evaluation rows
-- it counts (its domain's, or the whole plan's; headline rows only); every evaluation row has a stage year and a
-- named status.
with counted as (
    select s.plan_code, s.stage, s.region_code, s.domain_code, count(*) as rows_counted
    from report_evaluation_summary as s
    join report_evaluation as e
        on e.plan_code = s.plan_code and e.stage = s.stage and e.region_code = s.region_code
        and (s.domain_code is null or e.domain_code = s.domain_code)
        and e.sex = 'T' and e.area = 'total'
    group by all
)

select s.plan_code, s.stage, s.region_code, s.domain_code, s.indicators, c.rows_counted
from report_evaluation_summary as s
left join counted as c
    on c.plan_code = s.plan_code and c.stage = s.stage and c.region_code = s.region_code
    and c.domain_code is not distinct from s.domain_code
where c.rows_counted is distinct from s.indicators
   or s.met + s.basically_met + s.unmet + s.target_achieved + s.on_track + s.acceleration_needed
      + s.limited_progress + s.deterioration + s.not_available + s.no_data <> s.indicators
union all
select plan_code, stage, region_code, domain_code, null, null
from report_evaluation
where status is null or stage_year is null;
