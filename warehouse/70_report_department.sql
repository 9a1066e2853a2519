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
    select r.plan_code, r.year, r.region_code, d.department,
           string_agg(r.indicator_code || ' ' || r.indicator_name || coalesce('（' || r.gap_text || '）', ''), '；'
                      order by r.indicator_order) as unmet_indicators
    from indicator_report as r
    join departments as d using (plan_code, indicator_code)
    where r.sex = 'T' and r.area = 'total' and r.status_code = 'unmet'
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

-- Data dictionary (lianggang dictionary prints it): 中文标题｜English description.
comment on table report_department is '责任单位达标情况｜per responsible department: its indicators and the unmet ones with their gap';
comment on column report_department.plan_code is '规划代码｜plan code (women-2011-2020, children-2011-2020)';
comment on column report_department.year is '年份｜report year';
comment on column report_department.region_code is '地区代码｜region code (GB/T 2260); in results the series code, e.g. 450206 for 柳江 in every year';
comment on column report_department.region_name is '地区｜region name';
comment on column report_department.region_level is '地区级别｜country, province, city, county or zone';
comment on column report_department.parent_code is '上级代码｜series code of the parent region (NULL for the root: its parent lies outside the warehouse)';
comment on column report_department.department is '责任单位｜responsible department';
comment on column report_department.indicators is '指标数｜indicators it is responsible for';
comment on column report_department.met is '达标｜met';
comment on column report_department.basically_met is '基本实现｜basically met';
comment on column report_department.unmet is '未达标｜unmet';
comment on column report_department.no_data is '无数据｜no data';
comment on column report_department.met_rate is '达标率｜counted as 达标 ÷ indicators × 100 (%)';
comment on column report_department.unmet_indicators is '未达标指标｜unmet indicators with their gap';
comment on column report_department.no_data_indicators is '无数据指标｜indicators without data';
