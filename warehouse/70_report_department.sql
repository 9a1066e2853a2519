-- report_department: the 目标责任分解 view — for each responsible department, its indicators in a plan, year and
-- region, how many are 达标, and the unmet ones with their gap (what the follow-up letter to the department lists).
-- Grain: one row per plan × year × region (series code) × department. An indicator with two responsible
-- departments counts for both. Each indicator counts once, by its headline row (its 城市/农村 or 女/男 rows are not
-- indicators of their own).

create table report_department as
with assignments as (
    select r.*, trim(department) as department
    from report_indicator as r,
         unnest(string_split(r.responsible_departments, '、')) as d(department)
    where coalesce(r.responsible_departments, '') <> ''
      and r.sex = 'T' and r.area = 'total'
)

select plan_code, year, region_code, region_name, region_level, parent_code, department,
       count(*)::integer as indicators,
       count(*) filter (where status_code = 'met')::integer as met,
       count(*) filter (where status_code = 'basically_met')::integer as basically_met,
       count(*) filter (where status_code = 'unmet')::integer as unmet,
       count(*) filter (where status_code = 'no_data')::integer as no_data,
       100.0 * count(*) filter (where counts_as_met) / count(*) as met_rate,
       string_agg(indicator_code || ' ' || indicator_name || coalesce('（' || gap_text || '）', ''), '；'
                  order by indicator_order) filter (where status_code = 'unmet') as unmet_indicators,
       string_agg(indicator_code || ' ' || indicator_name, '；'
                  order by indicator_order) filter (where status_code = 'no_data') as no_data_indicators
from assignments
group by all
order by plan_code, year, region_code, department;

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
