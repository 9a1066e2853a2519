-- report_department: the 目标责任分解 view — for each responsible department, its indicators in a plan, year and
-- region, how many are 达标, and the unmet ones with their gap (what the follow-up letter to the department lists).
-- Grain: one row per plan × year × region (series code) × department. An indicator with two responsible
-- departments counts for both. Each indicator counts once, by its headline row (its 城市/农村 or 女/男 rows are not
-- indicators of their own).

create table report_department as
-- each indicator's responsible departments, one row each (split once per indicator, not once per region and year)
with departments as (
    select plan_code, indicator_code, trim(d.department) as department
    from dim_indicator,
         unnest(string_split(departments, '、')) as d(department)
    where coalesce(departments, '') <> ''
),

assignments as (
    select r.plan_code, r.year, r.region_code, r.region_name, r.region_level, r.parent_code, d.department,
           r.indicator_code, r.indicator_name, r.indicator_order, r.status_code, r.counts_as_met
    from indicator_report as r
    join departments as d using (plan_code, indicator_code)
    where r.sex = 'T' and r.area = 'total'
),

-- the lists of unmet indicators with their gaps, worded only for the unmet rows
unmet_lists as (
    select u.plan_code, u.year, u.region_code, d.department,
           string_agg(u.unmet_text, '；' order by u.indicator_order) as unmet_indicators
    from unmet_indicator as u
    join departments as d using (plan_code, indicator_code)
    group by all
),

tallies as (
    select plan_code, year, region_code, region_name, region_level, parent_code, department,
           count(*)::integer as indicators,
           count(*) filter (where status_code = 'met')::integer as met,
           count(*) filter (where status_code = 'basically_met')::integer as basically_met,
           count(*) filter (where status_code = 'unmet')::integer as unmet,
           count(*) filter (where status_code = 'no_data')::integer as no_data,
           100.0 * count(*) filter (where counts_as_met) / count(*) as met_rate,
           string_agg(indicator_code || ' ' || indicator_name, '；'
                      order by indicator_order) filter (where status_code = 'no_data') as no_data_indicators
    from assignments
    group by all
)

select t.plan_code, t.year, t.region_code, t.region_name, t.region_level, t.parent_code, t.department,
       t.indicators, t.met, t.basically_met, t.unmet, t.no_data, t.met_rate,
       u.unmet_indicators, t.no_data_indicators
from tallies as t
left join unmet_lists as u using (plan_code, year, region_code, department)
order by t.plan_code, t.year, t.region_code, t.department;
