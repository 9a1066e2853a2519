-- report_trend_wide: the 终期评估 trend table — one row per plan × region × quantitative indicator with the
-- baseline, one column per year (y2010 … y2020: every year of any plan; NULL outside the plan or without data),
-- the target, the change over the period (latest year with data against the baseline, in the change style) and
-- the status in that latest year. Grain: one row per plan × region (series code) × quantitative indicator × sex × area
-- (the headline row T, total; and each breakdown row: 城市, 农村, 女, 男).

create table report_trend_wide as
-- report_trend's rows (indicator_report's quantitative ones), read unordered
with yearly as (
    pivot (select plan_code, region_code, indicator_code, sex, area, 'y' || year as year_column, value
           from indicator_report
           where kind = 'quantitative')
    on year_column
    using first(value)
    group by plan_code, region_code, indicator_code, sex, area
),

latest as (
    select *
    from indicator_report
    where value is not null and kind = 'quantitative'
    qualify row_number() over (partition by plan_code, region_code, indicator_code, sex, area order by year desc) = 1
),

-- one row per series, its baseline year's (the grid holds every year of a series, from the baseline on)
indicators as (
    select plan_code, domain_code, indicator_code, indicator_name, unit, region_code, region_name,
           region_level, parent_code, sex, area, breakdown_label, baseline_year, value as baseline_value,
           target_value, indicator_order
    from indicator_report
    where year = baseline_year and kind = 'quantitative'
)

select i.plan_code, i.region_code, i.region_name, i.region_level, i.parent_code, i.sex, i.area, i.breakdown_label,
       i.domain_code, i.indicator_code, i.indicator_name, i.unit,
       i.baseline_year, i.baseline_value,
       columns(y.* exclude (plan_code, region_code, indicator_code, sex, area)),
       t.target_text, i.target_value,
       l.year as latest_year, l.value as latest_value,
       l.change_vs_baseline as change_over_period,
       l.change_text_baseline as change_text_period,
       coalesce(l.status, '无数据') as status
from indicators as i
join yearly as y using (plan_code, region_code, indicator_code, sex, area)
left join latest as l using (plan_code, region_code, indicator_code, sex, area)
left join (select plan_code, indicator_code, sex, area, target_text, breakdown_order from dim_indicator_breakdown) as t
    using (plan_code, indicator_code, sex, area)
order by i.plan_code, i.region_code, i.indicator_order, t.breakdown_order;

-- Data dictionary (lianggang dictionary prints it): 中文标题｜English description.
comment on table report_trend_wide is '终期评估趋势表｜one row per indicator and region: baseline, the value of every year in a column y2010, y2011 … (NULL: no data), target, change, status';
comment on column report_trend_wide.plan_code is '规划代码｜plan code (women-2011-2020, children-2011-2020)';
comment on column report_trend_wide.region_code is '地区代码｜region code (GB/T 2260); in results the series code, e.g. 450206 for 柳江 in every year';
comment on column report_trend_wide.region_name is '地区｜region name';
comment on column report_trend_wide.region_level is '地区级别｜country, province, city, county or zone';
comment on column report_trend_wide.parent_code is '上级代码｜series code of the parent region (NULL for the root: its parent lies outside the warehouse)';
comment on column report_trend_wide.sex is '性别｜T (the headline row, and area rows) or the sex breakdown value F, M';
comment on column report_trend_wide.area is '城乡｜total (the headline row, and sex rows) or the area breakdown value urban, rural';
comment on column report_trend_wide.breakdown_label is '分组｜合计 (the headline row), 城市, 农村, 女 or 男';
comment on column report_trend_wide.domain_code is '领域代码｜domain code (W1 … W7, C1 … C4); NULL in report_summary = the whole plan';
comment on column report_trend_wide.indicator_code is '指标代码｜indicator code';
comment on column report_trend_wide.indicator_name is '指标名称｜indicator name';
comment on column report_trend_wide.unit is '计量单位｜unit (%, ‰, 1/10万, 岁 …)';
comment on column report_trend_wide.baseline_year is '基期年份｜baseline year';
comment on column report_trend_wide.baseline_value is '基期值｜value in the baseline year';
comment on column report_trend_wide.target_text is '目标｜the target as the plan words it';
comment on column report_trend_wide.target_value is '目标值｜target value';
comment on column report_trend_wide.latest_year is '最新年份｜latest year with data';
comment on column report_trend_wide.latest_value is '最新值｜value in the latest year with data';
comment on column report_trend_wide.change_over_period is '期间变化｜latest value against the baseline, in the change style';
comment on column report_trend_wide.change_text_period is '期间变化表述｜e.g. 比2010年下降4.91个千分点';
comment on column report_trend_wide.status is '达标情况｜status in the latest year with data';
