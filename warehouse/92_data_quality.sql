-- data_quality: every finding about the data behind the report, one list for the bureau to work through —
-- exports not received or missing counties (from data_quality_completeness), files loaded with rejected rows,
-- quantitative indicators without data and why (which element, from which department's export, is missing or reported as
-- missing with its reason), and published figures that do not match (data_quality_published).
-- Grain: one row per finding. severity: error (a figure is wrong), warning (data missing), info.

create table data_quality as
with no_data as (
    select plan_code, year, region_code, indicator_code
    from indicator_status
    where kind = 'quantitative' and status = 'no_data'
),

parts as (
    select plan_code, indicator_code, 1 as part_order, numerator_element as element, numerator_sex as sex,
           numerator_area as area, numerator_age_group as age_group
    from dim_indicator
    where kind = 'quantitative'
    union all
    select plan_code, indicator_code, 2, denominator_element, denominator_sex, denominator_area,
           denominator_age_group
    from dim_indicator
    where kind = 'quantitative' and method = 'ratio'
),

carriers as (
    select element_code as element, sex, area, age_group, min(source_id) as source_id
    from dim_source_element
    group by all
),

facts as (
    select f.year, r.series_code as region_code, f.element, f.sex, f.area, f.age_group,
           max(f.value) as value, max(f.missing_reason) as missing_reason
    from fact_data_value as f
    join dim_region as r using (region_code)
    group by all
),

part_reasons as (
    select n.*, p.part_order, e.element_name, c.source_id, s.department, s.source_name,
           case
               when c.source_id is null then '没有部门报表包含数据项“' || e.element_name || '”'
               when l.source is null then '未收到' || s.department || '《' || s.source_name || '》' || n.year || '年报表'
               when f.element is null then '报表中没有该地区的“' || e.element_name || '”'
               when f.value is null then '“' || e.element_name || '”报告为缺失（'
                   || case
                          when f.missing_reason = 'blank' then '空白'
                          when f.missing_reason like 'placeholder %' then '填写“' || substr(f.missing_reason, 13) || '”'
                          else coalesce(f.missing_reason, '空白')
                      end || '）'
               when p.part_order = 2 and f.value = 0 then '分母“' || e.element_name || '”为0'
           end as reason
    from no_data as n
    join parts as p using (plan_code, indicator_code)
    left join dim_element as e on e.element_code = p.element
    left join carriers as c
        on c.element = p.element and c.sex = p.sex and c.area = p.area and c.age_group is not distinct from p.age_group
    left join dim_source as s on s.source_id = c.source_id
    left join current_load as l on l.source = c.source_id and l.year = n.year
    left join facts as f
        on f.year = n.year and f.region_code = n.region_code and f.element = p.element and f.sex = p.sex
        and f.area = p.area and f.age_group is not distinct from p.age_group
    -- the same reason for numerator and denominator (one missing export) is said once
    qualify row_number() over (partition by n.plan_code, n.year, n.region_code, n.indicator_code, reason
                               order by p.part_order) = 1
),

indicator_reasons as (
    select plan_code, year, region_code, indicator_code, min(source_id) as source_id,
           coalesce(string_agg(reason, '；' order by part_order), '数据不足，无法计算') as reason
    from part_reasons
    group by all
)

select 'indicator_no_data' as check_code, 'warning' as severity, r.plan_code, r.year, r.region_code,
       r.indicator_code, r.source_id, i.indicator_name || '无数据：' || r.reason as detail
from indicator_reasons as r
join dim_indicator as i using (plan_code, indicator_code)

union all

select if(completeness = 'missing', 'file_missing', 'regions_missing'), 'warning', null, year, null, null,
       source_id,
       if(completeness = 'missing', department || '《' || source_name || '》' || year || '年报表未报送',
          department || '《' || source_name || '》' || year || '年报表缺少县区：' || missing_regions)
from data_quality_completeness
where completeness <> 'complete'

union all

select 'rows_rejected', 'info', null, year, null, null, source_id,
       file_name || '：' || rows_rejected || '行被拒收（见 rejects 目录下的拒收文件）'
from data_quality_completeness
where rows_rejected > 0

union all

select 'published_mismatch', 'error', plan_code, year, region_code, indicator_code, null,
       coalesce(source_document || '：', '') || indicator_code || ' ' || problem
from data_quality_published
where not matches

order by severity, check_code, year, plan_code, region_code, indicator_code;

-- Data dictionary (lianggang dictionary prints it): 中文标题｜English description.
comment on table data_quality is '数据质量问题｜every finding about the data behind the report';
comment on column data_quality.plan_code is '规划代码｜plan code (women-2011-2020, children-2011-2020)';
comment on column data_quality.year is '年份｜report year';
comment on column data_quality.region_code is '地区代码｜region code (GB/T 2260); in results the series code, e.g. 450206 for 柳江 in every year';
comment on column data_quality.indicator_code is '指标代码｜indicator code';
comment on column data_quality.check_code is '检查项｜indicator_no_data, file_missing, regions_missing, rows_rejected, published_mismatch';
comment on column data_quality.severity is '级别｜error, warning or info';
comment on column data_quality.source_id is '来源代码｜source layout concerned';
comment on column data_quality.detail is '说明｜the finding in words';
