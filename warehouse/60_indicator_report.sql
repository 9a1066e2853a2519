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

select c.plan_code, c.year, c.region_code, r.region_name, r.level as region_level, p.series_code as parent_code,
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
       case c.no_data_reason when 'no_source' then '取数困难' when 'not_reported' then '未填报' end
           as no_data_reason,
       i.departments as responsible_departments,
       i.indicator_order,
       k.breakdown_order
from worded as c
join dim_indicator as i on i.plan_code = c.plan_code and i.indicator_code = c.indicator_code
join dim_indicator_breakdown as k
    on k.plan_code = c.plan_code and k.indicator_code = c.indicator_code and k.sex = c.sex and k.area = c.area
join dim_domain as d on d.plan_code = c.plan_code and d.domain_code = c.domain_code
join dim_region as r on r.region_code = c.region_code
left join dim_region as p on p.region_code = r.parent_code;

-- Data dictionary (lianggang dictionary prints it): 中文标题｜English description.
comment on view indicator_report is '监测统计表（未排序）｜report_indicator''s rows in no order, with breakdown_order: what the models after it read (no sort wasted)';
comment on column indicator_report.plan_code is '规划代码｜plan code (women-2011-2020, children-2011-2020)';
comment on column indicator_report.year is '年份｜report year';
comment on column indicator_report.region_code is '地区代码｜region code (GB/T 2260); in results the series code, e.g. 450206 for 柳江 in every year';
comment on column indicator_report.region_name is '地区｜region name';
comment on column indicator_report.region_level is '地区级别｜country, province, city, county or zone';
comment on column indicator_report.parent_code is '上级代码｜series code of the parent region (NULL for the root: its parent lies outside the warehouse)';
comment on column indicator_report.sex is '性别｜T (the headline row, and area rows) or the sex breakdown value F, M';
comment on column indicator_report.area is '城乡｜total (the headline row, and sex rows) or the area breakdown value urban, rural';
comment on column indicator_report.breakdown_label is '分组｜合计 (the headline row), 城市, 农村, 女 or 男';
comment on column indicator_report.domain_code is '领域代码｜domain code (W1 … W7, C1 … C4); NULL in report_summary = the whole plan';
comment on column indicator_report.domain_name is '领域｜domain name';
comment on column indicator_report.indicator_code is '指标代码｜indicator code';
comment on column indicator_report.indicator_name is '指标名称｜indicator name';
comment on column indicator_report.unit is '计量单位｜unit (%, ‰, 1/10万, 岁 …)';
comment on column indicator_report.kind is '指标类型｜quantitative (量化) or qualitative (非量化)';
comment on column indicator_report.target_text is '目标｜the target as the plan words it';
comment on column indicator_report.target_op is '目标比较符｜target comparator';
comment on column indicator_report.target_value is '目标值｜target value';
comment on column indicator_report.target_high is '目标上限｜upper bound of a between target';
comment on column indicator_report.target_tolerance is '基本实现容差｜tolerance for 基本实现';
comment on column indicator_report.target_verified is '目标已核实｜false: the sources at hand do not confirm the target (a sample catalog''s U entry)';
comment on column indicator_report.target_source is '目标来源｜which level wrote the target that applies: national (国家纲要), region (自治区规划) or city (本市规划)';
comment on column indicator_report.target_note is '目标说明｜which target applied (国家纲要目标 / 自治区规划目标 / 本市规划目标), and 未核实※ where the sources at hand do not confirm it: check it against the plan''s text before quoting it';
comment on column indicator_report.baseline_year is '基期年份｜baseline year';
comment on column indicator_report.baseline_value is '基期值｜value in the baseline year';
comment on column indicator_report.previous_value is '上年值｜value in the previous year';
comment on column indicator_report.value is '本年值｜value this year';
comment on column indicator_report.numerator is '分子｜numerator';
comment on column indicator_report.denominator is '分母｜denominator';
comment on column indicator_report.change_style is '变化表述｜points or percent';
comment on column indicator_report.change_vs_previous is '比上年增减｜change on the previous year in the change style (points, or percent)';
comment on column indicator_report.change_vs_baseline is '比基期增减｜change on the baseline year in the change style';
comment on column indicator_report.diff_vs_previous is '比上年差值｜difference on the previous year, in the unit';
comment on column indicator_report.pct_vs_previous is '比上年变化率｜relative change on the previous year (%)';
comment on column indicator_report.diff_vs_baseline is '比基期差值｜difference on the baseline year, in the unit';
comment on column indicator_report.pct_vs_baseline is '比基期变化率｜relative change on the baseline year (%)';
comment on column indicator_report.change_text_previous is '比上年变化表述｜e.g. 比上年提高0.88个百分点';
comment on column indicator_report.change_text_baseline is '比基期变化表述｜e.g. 比2010年降低39.0%';
comment on column indicator_report.change_text is '变化情况｜both phrases, as the report prints them';
comment on column indicator_report.gap_to_target is '距目标差距｜what the value still lacks (positive) or exceeds the target by (negative), in the unit';
comment on column indicator_report.gap_text is '与目标比较｜e.g. 距目标差5.61个百分点, 优于目标3.38个百分点';
comment on column indicator_report.status is '达标情况｜达标, 基本实现, 未达标, 无数据 or 不设目标 (a breakdown row without a target of its own)';
comment on column indicator_report.status_code is '达标代码｜met, basically_met, unmet, no_data or no_target';
comment on column indicator_report.counts_as_met is '计为达标｜counts as 达标';
comment on column indicator_report.status_basis is '判定依据｜computed or assessment';
comment on column indicator_report.assessment_note is '评估说明｜the assessment note';
comment on column indicator_report.no_data_reason is '无数据原因｜取数困难 (no layout carries an element of it: nobody can report it yet) or 未填报 (a layout carries it, but no file came or the value was missing)';
comment on column indicator_report.responsible_departments is '责任单位｜responsible departments, joined by 、';
comment on column indicator_report.indicator_order is '指标序号｜order of the indicator in its plan';
comment on column indicator_report.breakdown_order is '分组序号｜position of the row among its indicator''s breakdown rows (合计 first)';
