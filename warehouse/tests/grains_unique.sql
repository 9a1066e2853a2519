-- The tables with breakdown rows hold one row per their grain: the headline (sex T, area total) and each breakdown
-- value once per plan × indicator × region × year (report_trend_wide per plan × indicator × region,
-- report_evaluation per stage, report_gap per dimension); and report_summary counts each indicator of a plan once,
-- by its headline row, however many breakdowns it has. Returns the keys held twice and the miscounted summaries.
select 'indicator_value' as table_name, plan_code, indicator_code, region_code, year, sex || ' ' || area as rest,
       count(*) as found
from indicator_value
group by all
having count(*) > 1
union all
select 'report_indicator', plan_code, indicator_code, region_code, year, sex || ' ' || area, count(*)
from indicator_report
group by all
having count(*) > 1
union all
select 'report_trend', plan_code, indicator_code, region_code, year, sex || ' ' || area, count(*)
from report_trend
group by all
having count(*) > 1
union all
select 'report_trend_wide', plan_code, indicator_code, region_code, null, sex || ' ' || area, count(*)
from report_trend_wide
group by all
having count(*) > 1
union all
select 'report_evaluation', plan_code, indicator_code, region_code, stage_year, stage || ' ' || sex || ' ' || area,
       count(*)
from report_evaluation
group by all
having count(*) > 1
union all
select 'report_gap', plan_code, indicator_code, region_code, year, dimension, count(*)
from report_gap
group by all
having count(*) > 1
union all
select 'report_summary', s.plan_code, null, s.region_code, s.year, 'indicators ' || s.indicators, p.indicators
from report_summary as s
join (select plan_code, count(*) as indicators from dim_indicator group by all) as p using (plan_code)
where s.domain_code is null and s.indicators <> p.indicators;
