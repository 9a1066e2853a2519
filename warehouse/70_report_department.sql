-- report_department: the 目标责任分解 view — for each responsible department, its indicators in a plan, year and
-- region, how many are 达标, and the unmet ones with their gap (what the follow-up letter to the department lists).
-- Grain: one row per plan × year × region (series code) × department. An indicator with two responsible
-- departments counts for both. Each indicator counts once, by its headline row (its 城市/农村 or 女/男 rows are not
-- indicators of their own).

-- A list joined in the catalog's order: string_agg(text, '；' order by o) gives the same text, but at country scale
-- (2.8 M lists) DuckDB's sorted aggregate takes longer and spills under a memory limit. Temporary: the build's own,
-- not stored in the warehouse.
create temp macro joined_in_order(o, text) as
    array_to_string(list_transform(list_sort(list({'o': o, 't': text})), lambda e: e.t), '；');

create table report_department as
-- each indicator's responsible departments, one row each (split once per indicator, not once per region and year)
with departments as (
    select plan_code, indicator_code, trim(d.department) as department
    from dim_indicator,
         unnest(string_split(departments, '、')) as d(department)
    where coalesce(departments, '') <> ''
),

assignments as (
    select r.plan_code, r.year, r.region_code, d.department,
           r.indicator_code, r.indicator_name, r.indicator_order, r.status_code, r.counts_as_met
    from indicator_report as r
    join departments as d using (plan_code, indicator_code)
    where r.sex = 'T' and r.area = 'total'
),

-- the lists of unmet indicators with their gaps, worded only for the unmet rows
unmet_lists as (
    select u.plan_code, u.year, u.region_code, d.department,
           joined_in_order(u.indicator_order, u.unmet_text) as unmet_indicators
    from unmet_indicator as u
    join departments as d using (plan_code, indicator_code)
    group by all
),

tallies as (
    -- by codes only: the region's names are joined to the 2.8 M tallies, not carried through 10 M assignments
    select plan_code, year, region_code, department,
           count(*)::integer as indicators,
           count(*) filter (where status_code = 'met')::integer as met,
           count(*) filter (where status_code = 'basically_met')::integer as basically_met,
           count(*) filter (where status_code = 'unmet')::integer as unmet,
           count(*) filter (where status_code = 'no_data')::integer as no_data,
           100.0 * count(*) filter (where counts_as_met) / count(*) as met_rate
    from assignments
    group by all
),

-- the lists of indicators without data, from their rows only
no_data_lists as (
    select plan_code, year, region_code, department,
           joined_in_order(indicator_order, indicator_code || ' ' || indicator_name) as no_data_indicators
    from assignments
    where status_code = 'no_data'
    group by all
)

select t.plan_code, t.year, t.region_code, r.region_name, r.region_level, r.parent_code, t.department,
       t.indicators, t.met, t.basically_met, t.unmet, t.no_data, t.met_rate,
       u.unmet_indicators, n.no_data_indicators
from tallies as t
join dim_region_parent as r using (region_code)
left join unmet_lists as u using (plan_code, year, region_code, department)
left join no_data_lists as n using (plan_code, year, region_code, department)
order by t.plan_code, t.year, t.region_code, t.department;
