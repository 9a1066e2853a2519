-- report_trend_wide: the 终期评估 trend table — one row per plan × region × quantitative indicator with the
-- baseline, one column per year (y2010 … y2020: every year of any plan; NULL outside the plan or without data),
-- the target, the change over the period (latest year with data against the baseline, in the change style) and
-- the status in that latest year. Grain: one row per plan × region (series code) × quantitative indicator × sex × area
-- (the headline row T, total; and each breakdown row: 城市, 农村, 女, 男).

create table report_trend_wide as
-- the figures from indicator_status (the view's values are its own): the pivot needs no names or wording
with yearly as (
    pivot (select plan_code, region_code, indicator_code, sex, area, 'y' || year as year_column, value
           from indicator_status
           where kind = 'quantitative')
    on year_column
    using first(value)
    group by plan_code, region_code, indicator_code, sex, area
),

-- each series' last year with a value, found without wording; then only those rows of indicator_report (a
-- row_number() over every worded row had DuckDB carry the whole row through a 2.4 M-row arg_max: 3× the time at
-- country scale)
last_years as (
    select plan_code, region_code, indicator_code, sex, area, max(year) as year
    from indicator_status
    where value is not null and kind = 'quantitative'
    group by all
),

latest as (
    select r.plan_code, r.region_code, r.indicator_code, r.sex, r.area, r.year, r.value, r.change_vs_baseline,
           r.change_text_baseline, r.status
    from indicator_report as r
    semi join last_years as y using (plan_code, region_code, indicator_code, sex, area, year)
    where r.kind = 'quantitative'
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
