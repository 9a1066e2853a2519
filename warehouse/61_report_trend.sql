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

-- Data dictionary (lianggang dictionary prints it): 中文标题｜English description.
comment on view report_trend is '指标趋势｜quantitative indicators year by year, baseline to target (long form), headline and breakdown rows';
comment on column report_trend.plan_code is '规划代码｜plan code (women-2011-2020, children-2011-2020)';
comment on column report_trend.domain_code is '领域代码｜domain code (W1 … W7, C1 … C4); NULL in report_summary = the whole plan';
comment on column report_trend.indicator_code is '指标代码｜indicator code';
comment on column report_trend.indicator_name is '指标名称｜indicator name';
comment on column report_trend.unit is '计量单位｜unit (%, ‰, 1/10万, 岁 …)';
comment on column report_trend.region_code is '地区代码｜region code (GB/T 2260); in results the series code, e.g. 450206 for 柳江 in every year';
comment on column report_trend.region_name is '地区｜region name';
comment on column report_trend.region_level is '地区级别｜country, province, city, county or zone';
comment on column report_trend.parent_code is '上级代码｜series code of the parent region (NULL for the root: its parent lies outside the warehouse)';
comment on column report_trend.sex is '性别｜T (the headline row, and area rows) or the sex breakdown value F, M';
comment on column report_trend.area is '城乡｜total (the headline row, and sex rows) or the area breakdown value urban, rural';
comment on column report_trend.breakdown_label is '分组｜合计 (the headline row), 城市, 农村, 女 or 男';
comment on column report_trend.year is '年份｜report year';
comment on column report_trend.indicator_order is '指标序号｜order of the indicator in its plan';
comment on column report_trend.baseline_year is '基期年份｜baseline year';
comment on column report_trend.value is '指标值｜value (NULL: no data that year)';
comment on column report_trend.target_op is '目标比较符｜target comparator';
comment on column report_trend.target_value is '目标值｜target value';
comment on column report_trend.target_high is '目标上限｜upper bound of a between target';
comment on column report_trend.change_style is '变化表述｜points or percent';
comment on column report_trend.change_vs_previous is '比上年增减｜change on the previous year in the change style (points, or percent)';
comment on column report_trend.change_vs_baseline is '比基期增减｜change on the baseline year in the change style';
comment on column report_trend.change_text_previous is '比上年变化表述｜e.g. 比上年提高0.88个百分点';
comment on column report_trend.change_text_baseline is '比基期变化表述｜e.g. 比2010年降低39.0%';
comment on column report_trend.status is '达标情况｜达标, 基本实现, 未达标 or 无数据';
