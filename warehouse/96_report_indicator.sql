-- report_indicator: the annual monitoring table (统计监测表) as people read it — indicator_report's rows (60: every
-- indicator of every plan for every region and plan year, with target, baseline, previous year, change and status,
-- worded as the report prints it) in the table's order, with the value flags (95) as the last column.
-- Grain: one row per plan × year × region (series code) × indicator × sex × area. A view, defined last so that it
-- can carry the flags, which need the vintages (93–95); the models read indicator_report, which DuckDB need not sort.

create view report_indicator as
select r.* exclude (breakdown_order), f.flags
from indicator_report as r
left join value_flag as f
    on f.plan_code = r.plan_code and f.year = r.year and f.region_code = r.region_code
    and f.indicator_code = r.indicator_code and f.sex = r.sex and f.area = r.area
order by r.plan_code, r.year, r.region_code, r.indicator_order, r.breakdown_order;
