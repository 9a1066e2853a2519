-- report_trend: the trend of every quantitative indicator, baseline year to target year, city and counties, in
-- long form (one point per year; value NULL in a year without data), for charts and for the 中期/终期评估.
-- Grain: one row per plan × indicator × region (series code) × sex × area × year: the headline series (T, total) and
-- the series of each breakdown row (城市, 农村, 女, 男). A view of report_indicator, as that is of indicator_status.

create view report_trend as
select plan_code, domain_code, indicator_code, indicator_name, unit, region_code, region_name, region_level,
       parent_code, sex, area, breakdown_label, year,
       baseline_year, value, target_op, target_value, target_high, change_style,
       change_vs_previous, change_vs_baseline, change_text_previous, change_text_baseline, status, indicator_order
from indicator_report
where kind = 'quantitative'
order by plan_code, indicator_order, region_code, list_position(['合计', '城市', '农村', '女', '男'], breakdown_label),
         year;
