-- report_indicator: the annual monitoring table (统计监测表) as people read it — indicator_report's rows (60: every
-- indicator of every plan for every region and plan year, with target, baseline, previous year, change and status,
-- worded as the report prints it) in the table's order, with the value flags (95) as the last column.
-- Grain: one row per plan × year × region (series code) × indicator × sex × area. A view, defined last so that it
-- can carry the flags, which need the vintages (93–95); the models read indicator_report, which DuckDB need not sort.

create view report_indicator as
select r.* exclude (breakdown_order), f.flags
from indicator_report as r
left join value_flag as f
    on f.plan_code = r.plan_code and f.year = r.year and f.region_code = r.region_code
    and f.indicator_code = r.indicator_code and f.sex = r.sex and f.area = r.area
order by r.plan_code, r.year, r.region_code, r.indicator_order, r.breakdown_order;

-- Data dictionary (lianggang dictionary prints it): 中文标题｜English description.
comment on view report_indicator is '监测统计表｜every indicator × region × year (headline and breakdown rows) with target, baseline, change and status';
comment on column report_indicator.plan_code is '规划代码｜plan code (women-2011-2020, children-2011-2020)';
comment on column report_indicator.year is '年份｜report year';
comment on column report_indicator.region_code is '地区代码｜region code (GB/T 2260); in results the series code, e.g. 450206 for 柳江 in every year';
comment on column report_indicator.region_name is '地区｜region name';
comment on column report_indicator.region_level is '地区级别｜country, province, city, county or zone';
comment on column report_indicator.parent_code is '上级代码｜series code of the parent region (NULL for the root: its parent lies outside the warehouse)';
comment on column report_indicator.sex is '性别｜T (the headline row, and area rows) or the sex breakdown value F, M';
comment on column report_indicator.area is '城乡｜total (the headline row, and sex rows) or the area breakdown value urban, rural';
comment on column report_indicator.breakdown_label is '分组｜合计 (the headline row), 城市, 农村, 女 or 男';
comment on column report_indicator.domain_code is '领域代码｜domain code (W1 … W7, C1 … C4); NULL in report_summary = the whole plan';
comment on column report_indicator.domain_name is '领域｜domain name';
comment on column report_indicator.indicator_code is '指标代码｜indicator code';
comment on column report_indicator.indicator_name is '指标名称｜indicator name';
comment on column report_indicator.unit is '计量单位｜unit (%, ‰, 1/10万, 岁 …)';
comment on column report_indicator.kind is '指标类型｜quantitative (量化) or qualitative (非量化)';
comment on column report_indicator.target_text is '目标｜the target as the plan words it';
comment on column report_indicator.target_op is '目标比较符｜target comparator';
comment on column report_indicator.target_value is '目标值｜target value';
comment on column report_indicator.target_high is '目标上限｜upper bound of a between target';
comment on column report_indicator.target_tolerance is '基本实现容差｜tolerance for 基本实现';
comment on column report_indicator.target_verified is '目标已核实｜false: the sources at hand do not confirm the target (a sample catalog''s U entry)';
comment on column report_indicator.target_source is '目标来源｜which level wrote the target that applies: national (国家纲要), region (自治区规划) or city (本市规划)';
comment on column report_indicator.target_note is '目标说明｜which target applied (国家纲要目标 / 自治区规划目标 / 本市规划目标), and 未核实※ where the sources at hand do not confirm it: check it against the plan''s text before quoting it';
comment on column report_indicator.baseline_year is '基期年份｜baseline year';
comment on column report_indicator.baseline_value is '基期值｜value in the baseline year';
comment on column report_indicator.previous_value is '上年值｜value in the previous year';
comment on column report_indicator.value is '本年值｜value this year';
comment on column report_indicator.numerator is '分子｜numerator';
comment on column report_indicator.denominator is '分母｜denominator';
comment on column report_indicator.change_style is '变化表述｜points or percent';
comment on column report_indicator.change_vs_previous is '比上年增减｜change on the previous year in the change style (points, or percent)';
comment on column report_indicator.change_vs_baseline is '比基期增减｜change on the baseline year in the change style';
comment on column report_indicator.diff_vs_previous is '比上年差值｜difference on the previous year, in the unit';
comment on column report_indicator.pct_vs_previous is '比上年变化率｜relative change on the previous year (%)';
comment on column report_indicator.diff_vs_baseline is '比基期差值｜difference on the baseline year, in the unit';
comment on column report_indicator.pct_vs_baseline is '比基期变化率｜relative change on the baseline year (%)';
comment on column report_indicator.change_text_previous is '比上年变化表述｜e.g. 比上年提高0.88个百分点';
comment on column report_indicator.change_text_baseline is '比基期变化表述｜e.g. 比2010年降低39.0%';
comment on column report_indicator.change_text is '变化情况｜both phrases, as the report prints them';
comment on column report_indicator.gap_to_target is '距目标差距｜what the value still lacks (positive) or exceeds the target by (negative), in the unit';
comment on column report_indicator.gap_text is '与目标比较｜e.g. 距目标差5.61个百分点, 优于目标3.38个百分点';
comment on column report_indicator.status is '达标情况｜达标, 基本实现, 未达标, 无数据 or 不设目标 (a breakdown row without a target of its own)';
comment on column report_indicator.status_code is '达标代码｜met, basically_met, unmet, no_data or no_target';
comment on column report_indicator.counts_as_met is '计为达标｜counts as 达标';
comment on column report_indicator.status_basis is '判定依据｜computed or assessment';
comment on column report_indicator.assessment_note is '评估说明｜the assessment note';
comment on column report_indicator.no_data_reason is '无数据原因｜取数困难 (no layout carries an element of it: nobody can report it yet) or 未填报 (a layout carries it, but no file came or the value was missing)';
comment on column report_indicator.responsible_departments is '责任单位｜responsible departments, joined by 、';
comment on column report_indicator.indicator_order is '指标序号｜order of the indicator in its plan';
comment on column report_indicator.flags is '数据标记｜p 暂定数 (an expected export not yet received), r 修订数 (changed since the last published vintage), E 慎用 (a rate from a small denominator); several run together (pE); NULL: none';
