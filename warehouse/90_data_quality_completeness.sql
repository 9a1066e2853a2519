-- data_quality_completeness: which department exports the warehouse holds — every data source × year from the first plan
-- baseline year to the latest year loaded, whether a file was expected and received, from which file, with how many
-- rows and rejects, and which counties (valid that year) it leaves out. A layout is expected in a year when an
-- indicator of a plan active that year (baseline to target year) is computed from an element the layout carries, or,
-- for the assessment layout, when an active plan has qualitative indicators; a layout that declares no elements (the
-- long layout) is never expected. Grain: one row per source × year.

create table data_quality_completeness as
with years as (
    select unnest(range((select min(baseline_year) from dim_plan),
                        coalesce((select max(year) from current_load), 0) + 1)) as year
),

expected_regions as (
    select y.year, r.region_code, r.region_name
    from years as y
    join dim_region as r
        on r.level = 'county' and y.year between coalesce(r.valid_from, 0) and coalesce(r.valid_to, 9999)
),

active_plans as (
    select plan_code, unnest(range(baseline_year, target_year + 1)) as year
    from dim_plan
),

expected_sources as (
    select distinct s.source_id, a.year
    from active_plans as a
    join dim_indicator_part as p using (plan_code)
    join dim_source_element as s
        on s.element_code = p.element_code and s.sex = p.sex and s.area = p.area
        and s.age_group is not distinct from p.age_group
    union
    select s.source_id, a.year
    from active_plans as a
    cross join dim_source as s
    where s.table_name = 'assessment'
      and exists (select 1 from dim_indicator as i where i.plan_code = a.plan_code and i.kind = 'qualitative')
),

reported_regions as (
    select source, year, region_code from fact_data_value
    union
    select source, year, region_code from fact_assessment
),

coverage as (
    select s.source_id, e.year,
           count(*)::integer as regions_expected,
           count(p.region_code)::integer as regions_reported,
           string_agg(e.region_name, '、' order by e.region_code) filter (where p.region_code is null)
               as missing_regions
    from dim_source as s
    cross join expected_regions as e
    left join reported_regions as p
        on p.source = s.source_id and p.year = e.year and p.region_code = e.region_code
    group by all
)

select s.source_id, s.source_name, s.department, s.table_name, y.year,
       x.source_id is not null as expected,
       c.file_name is not null as received,
       c.file_name, c.sha256, c.rows_read, c.rows_written, c.rows_rejected, c.committed_at,
       v.regions_expected,
       if(c.file_name is null, 0, v.regions_reported) as regions_reported,
       if(c.file_name is null, null, v.missing_regions) as missing_regions,
       case
           when c.file_name is null and x.source_id is null then 'not_expected'
           when c.file_name is null then 'missing'
           when v.regions_reported < v.regions_expected then 'incomplete'
           else 'complete'
       end as completeness,
       case
           when c.file_name is null and x.source_id is null then '无需报送'
           when c.file_name is null then '未报送'
           when v.regions_reported < v.regions_expected then '县区不全'
           else '完整'
       end as completeness_label
from dim_source as s
cross join years as y
left join current_load as c on c.source = s.source_id and c.year = y.year
left join coverage as v on v.source_id = s.source_id and v.year = y.year
left join expected_sources as x on x.source_id = s.source_id and x.year = y.year
order by s.source_id, y.year;
