-- data_quality: every finding about the data behind the report, one list for the bureau to work through —
-- exports expected but not received or missing counties (from data_quality_completeness), files loaded with rejected
-- rows, quantitative indicators without data and why, published figures that do not match (data_quality_published),
-- and loaded files of a year no monitored plan covers (2009, 2031: their values are in the facts, but no indicator is
-- computed from them, so they would otherwise leave every report without a word).
-- Why an indicator has no data is said of its elements as the current loads hold them, never of the layouts alone: an
-- element is missing in a region only when no current load carries a non-missing value for it there (for a county its
-- own rows; for a region above the counties its own row, and for ratios and counts, which it sums, the rows of the
-- regions below it too); then it was reported as missing (with its reason), or the loaded files have no row for it
-- in that region, or no file of that year carries it (the export declaring it was not received), or no layout
-- declares it. When every element is there, the denominator is 0, or for a region above the counties no county
-- reported both parts. A value whose target is stated against the baseline year, which has none there (基期无数据),
-- says so. A breakdown row (城市, 农村, 女, 男) that has a target of its own and no value is a finding of its
-- own, named by its label (孕产妇死亡率（农村）无数据：…); one without a target is never judged, and the headline's
-- finding already says why the elements are missing.
-- Grain: one row per finding. severity: error (a figure is wrong), warning (data missing), info.

create table data_quality as
with no_data as (
    select s.plan_code, s.year, s.region_code, s.indicator_code, s.sex, s.area, s.denominator, r.level, i.method
    from indicator_status as s
    join dim_indicator as i using (plan_code, indicator_code)
    join dim_region as r using (region_code)
    where s.kind = 'quantitative' and s.status = 'no_data' and s.no_data_reason <> 'no_baseline'
),

-- a value held against a target stated against the baseline year, which has none in that region: no element of the
-- year is missing, the baseline year's own finding says what is
no_baseline as (
    select s.plan_code, s.year, s.region_code, s.indicator_code, s.sex, s.area, p.baseline_year
    from indicator_status as s
    join dim_plan as p using (plan_code)
    where s.no_data_reason = 'no_baseline'
),

-- every reported value under the series region it counts for: its own, and also under every region above it
-- (a county's under its city, province and country), which sums ratios and counts over the regions below
region_values as (
    select f.year, a.ancestor_code as region_code, a.distance > 0 as from_county, f.element, f.sex, f.area,
           f.age_group, f.value, f.missing_reason, f.source
    from fact_data_value as f
    join dim_region as r using (region_code)
    join dim_region_ancestor as a on a.region_code = r.series_code
),

-- the sources of a year that carry an element anywhere, and the layouts that declare it
loaded_elements as (
    select year, element, sex, area, age_group, min(source) as source_id
    from fact_data_value
    group by all
),

declaring_layouts as (
    select element_code, sex, area, age_group, min(source_id) as source_id
    from dim_source_element
    group by all
),

-- each part of each row without data, with what the loads hold of its element there; it carries the row's and the
-- part's columns on, so that the reasons need not join the rows to their parts a second time
part_facts as (
    select n.*, p.part_order, p.element_code, p.sex as part_sex, p.area as part_area, p.age_group as part_age_group,
           bool_or(v.value is not null) as carried,
           count(v.element) > 0 as has_rows,
           max(v.missing_reason) as missing_reason,
           min(v.source) as source_id
    from no_data as n
    join dim_indicator_part as p
        on p.plan_code = n.plan_code and p.indicator_code = n.indicator_code and p.indicator_sex = n.sex
        and p.indicator_area = n.area
    left join region_values as v
        on v.year = n.year and v.region_code = n.region_code and v.element = p.element_code and v.sex = p.sex
        and v.area = p.area and v.age_group is not distinct from p.age_group
        and (not v.from_county or n.method in ('ratio', 'count'))
    group by all
),

part_reasons as (
    select n.plan_code, n.year, n.region_code, n.indicator_code, n.sex, n.area, n.level, n.method, n.part_order,
           e.element_name,
           case
               when n.carried then n.source_id
               when n.has_rows then n.source_id
               when l.source_id is not null then l.source_id
               else d.source_id
           end as source_id,
           case
               when n.carried and n.part_order = 2 and n.denominator = 0 then '分母“' || e.element_name || '”为0'
               when n.carried then null
               when n.has_rows then '“' || e.element_name || '”报告为缺失（'
                   || case
                          when n.missing_reason = 'blank' then '空白'
                          when n.missing_reason like 'placeholder %' then '填写“' || substr(n.missing_reason, 13) || '”'
                          else coalesce(n.missing_reason, '空白')
                      end || '）'
               when l.source_id is not null then ls.department || '《' || ls.source_name || '》' || n.year
                   || '年报表中没有该地区的“' || e.element_name || '”'
               when d.source_id is null then '没有部门报表包含数据项“' || e.element_name || '”'
               when dl.source is null then '未收到' || ds.department || '《' || ds.source_name || '》' || n.year || '年报表'
               else ds.department || '《' || ds.source_name || '》' || n.year || '年报表中没有“' || e.element_name || '”'
           end as reason
    from part_facts as n
    left join dim_element as e on e.element_code = n.element_code
    left join loaded_elements as l
        on l.year = n.year and l.element = n.element_code and l.sex = n.part_sex and l.area = n.part_area
        and l.age_group is not distinct from n.part_age_group
    left join dim_source as ls on ls.source_id = l.source_id
    left join declaring_layouts as d
        on d.element_code = n.element_code and d.sex = n.part_sex and d.area = n.part_area
        and d.age_group is not distinct from n.part_age_group
    left join dim_source as ds on ds.source_id = d.source_id
    left join current_load as dl on dl.table_name = 'data_value' and dl.source = d.source_id and dl.year = n.year
),

-- the cycles of the monitored plans, as a finding names them (2010—2020年、2020—2030年)
plan_cycles as (
    select string_agg(cycle, '、' order by cycle) as cycles
    from (select distinct baseline_year || '—' || target_year || '年' as cycle from dim_plan)
),

-- every current load of a year in no monitored plan's cycle
outside_plans as (
    select c.*
    from current_load as c
    anti join dim_plan_year as y using (year)
),

-- an indicator row has at most two parts, numerator (1) and denominator (2): side by side, so that no aggregate has
-- to sort; the denominator's reason only where it is not the numerator's (one missing export is said once)
part_pairs as (
    select plan_code, year, region_code, indicator_code, sex, area, any_value(level) as level,
           any_value(method) as method,
           any_value(reason) filter (where part_order = 1) as reason_1,
           nullif(any_value(reason) filter (where part_order = 2), any_value(reason) filter (where part_order = 1))
               as reason_2,
           any_value(source_id) filter (where part_order = 1) as source_1,
           any_value(source_id) filter (where part_order = 2) as source_2,
           any_value(element_name) filter (where part_order = 1) as element_1,
           any_value(element_name) filter (where part_order = 2) as element_2
    from part_reasons
    group by plan_code, year, region_code, indicator_code, sex, area
),

indicator_reasons as (
    select plan_code, year, region_code, indicator_code, sex, area,
           coalesce(least(if(reason_1 is not null, source_1, null), if(reason_2 is not null, source_2, null)),
                    least(source_1, source_2)) as source_id,
           coalesce(nullif(concat_ws('；', reason_1, reason_2), ''),
                    if(level not in ('county', 'zone') and method = 'ratio',
                       '没有县区同时报告“' || nullif(concat_ws('”和“', element_1, element_2), '') || '”',
                       '数据不足，无法计算')) as reason
    from part_pairs

    union all

    select plan_code, year, region_code, indicator_code, sex, area, null,
           '本年有数值，但目标以' || baseline_year || '年为基数，该地区' || baseline_year || '年无数据，无法判断是否达标'
    from no_baseline
)

select 'indicator_no_data' as check_code, 'warning' as severity, r.plan_code, r.year, r.region_code,
       r.indicator_code, r.source_id,
       i.indicator_name || if(k.breakdown = 'total', '', '（' || k.breakdown_label || '）') || '无数据：' || r.reason
           as detail
from indicator_reasons as r
join dim_indicator as i using (plan_code, indicator_code)
join dim_indicator_breakdown as k using (plan_code, indicator_code, sex, area)

union all

select if(completeness = 'missing', 'file_missing', 'regions_missing'), 'warning', null, year, null, null,
       source_id,
       if(completeness = 'missing', department || '《' || source_name || '》' || year || '年报表未报送',
          department || '《' || source_name || '》' || year || '年报表缺少县区：' || missing_regions)
from data_quality_completeness
where completeness in ('missing', 'incomplete')

union all

select 'rows_rejected', 'info', null, year, null, null, source_id,
       file_name || '：' || rows_rejected || '行被拒收（见 rejects 目录下的拒收文件）'
from data_quality_completeness
where rows_rejected > 0

union all

select 'year_outside_plans', 'warning', null, o.year, null, null, o.source,
       o.file_name || '：' || o.year || '年的' || o.rows_written || if(o.table_name = 'assessment', '条评估', '个数值')
           || '不在任何监测规划的年度内（' || p.cycles || '），未用于任何指标'
from outside_plans as o
cross join plan_cycles as p

union all

select 'published_mismatch', 'error', plan_code, year, region_code, indicator_code, null,
       coalesce(source_document || '：', '') || indicator_code || ' ' || problem
from data_quality_published
where not matches

order by severity, check_code, year, plan_code, region_code, indicator_code, source_id, detail;
