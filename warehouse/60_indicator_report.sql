-- indicator_report: the rows of the annual monitoring table (统计监测表, report_indicator, 96) — every indicator of
-- every plan for every region and plan year, with its target, baseline, previous year, change and status, worded as
-- the report prints it; unordered, with each breakdown's position (breakdown_order), for the models that aggregate or
-- join them. report_indicator is these rows in their order, with the value flags.
-- Grain: one row per plan × year × region (series code) × indicator × sex × area; the same grid as indicator_status:
-- the headline row (sex T, area total, 合计) and the breakdown rows (城市, 农村, 女, 男), each with its own baseline,
-- previous year and target (a breakdown row without a target of its own: 不设目标). Tables that count indicators read
-- the headline rows only.
-- change_vs_previous / change_vs_baseline follow the indicator's change_style: a difference in the indicator's own
-- points for rates (百分点, 个千分点), a relative change in percent otherwise; both forms are kept in diff_* and
-- pct_*. gap_to_target is what the value still lacks (positive) or exceeds the target by (negative), in the
-- indicator's unit. The baseline of 柳江区 450206 is 柳江县 450221's 2010 value: series codes carry it.
-- A view, not a table: its figures are indicator_status's (the baseline and previous-year values included), and
-- its names and phrases are the catalog's and the macros' — at country scale a table would repeat them in ~7 M rows
-- (half the warehouse's size and a third of its build time). A query for a year and region reads only their rows
-- of indicator_status.
-- CASE, never if(): DuckDB stores a view's SQL with if() quoted as a function, which a 1.x client does not have.

create view indicator_report as
with with_history as (
    select s.*, p.baseline_year
    from indicator_status as s
    join dim_plan as p using (plan_code)
),

changes as (
    select h.*,
           h.value - h.previous_value as diff_vs_previous,
           pct_change(h.value, h.previous_value) as pct_vs_previous,
           case when h.year <> h.baseline_year then h.value - h.baseline_value end as diff_vs_baseline,
           case when h.year <> h.baseline_year then pct_change(h.value, h.baseline_value) end as pct_vs_baseline,
           target_gap(h.value, h.target_op, h.target_low, h.target_high) as gap_to_target
    from with_history as h
),

worded as (
    select c.*,
           change_phrase(previous_year_text(c.year), c.diff_vs_previous, c.pct_vs_previous, i.change_style, i.unit)
               as change_text_previous,
           change_phrase(c.baseline_year || '年', c.diff_vs_baseline, c.pct_vs_baseline, i.change_style, i.unit)
               as change_text_baseline
    from changes as c
    join dim_indicator as i on i.plan_code = c.plan_code and i.indicator_code = c.indicator_code
)

select c.plan_code, c.year, c.region_code, r.region_name, r.region_level, r.parent_code,
       c.sex, c.area, k.breakdown_label,
       c.domain_code, d.domain_name, c.indicator_code, i.indicator_name, i.unit, c.kind,
       k.target_text, c.target_op, c.target_low as target_value, c.target_high, k.target_tolerance,
       i.target_verified, i.target_source,
       -- a breakdown row without a target of its own (不设目标) has no target to note
       case when k.target_text is not null
            then concat_ws('，', case i.target_source when 'national' then '国家纲要目标' when 'region' then '自治区规划目标'
                                     else '本市规划目标' end,
                           case when i.target_verified then null else '未核实※' end) end as target_note,
       c.baseline_year, c.baseline_value, c.previous_value, c.value, c.numerator, c.denominator,
       i.change_style,
       case when i.change_style = 'points' then c.diff_vs_previous else c.pct_vs_previous end as change_vs_previous,
       case when i.change_style = 'points' then c.diff_vs_baseline else c.pct_vs_baseline end as change_vs_baseline,
       c.diff_vs_previous, c.pct_vs_previous, c.diff_vs_baseline, c.pct_vs_baseline,
       c.change_text_previous, c.change_text_baseline,
       nullif(concat_ws('，', c.change_text_previous, c.change_text_baseline), '') as change_text,
       c.gap_to_target,
       gap_phrase(c.gap_to_target, i.unit) as gap_text,
       c.status_label as status,
       c.status as status_code,
       c.counts_as_met,
       c.status_basis,
       c.assessment_note,
       no_data_reason_label(c.no_data_reason) as no_data_reason,
       i.departments as responsible_departments,
       i.indicator_order,
       k.breakdown_order
from worded as c
join dim_indicator as i on i.plan_code = c.plan_code and i.indicator_code = c.indicator_code
join dim_indicator_breakdown as k
    on k.plan_code = c.plan_code and k.indicator_code = c.indicator_code and k.sex = c.sex and k.area = c.area
join dim_domain as d on d.plan_code = c.plan_code and d.domain_code = c.domain_code
join dim_region_parent as r on r.region_code = c.region_code;

-- unmet_indicator: the unmet headline rows worded as the lists of unmet indicators print them, 代码 名称（差距）
-- (report_department and report_region list them). Grain: one row per plan × year × region × indicator.
create view unmet_indicator as
select plan_code, year, region_code, indicator_code, indicator_order,
       indicator_code || ' ' || indicator_name || coalesce('（' || gap_text || '）', '') as unmet_text
from indicator_report
where sex = 'T' and area = 'total' and status_code = 'unmet';
