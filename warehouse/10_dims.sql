-- Dimension tables, one row per catalog entry, read from the catalog snapshot the build writes from schemas/.
-- Grain: dim_plan one row per monitored plan; dim_plan_year per plan × year of its cycle; dim_domain per plan ×
-- domain; dim_goal per plan × goal (主要目标; the 2011–2020 catalogs have none); dim_indicator per plan × indicator;
-- dim_interim_target per plan × indicator × interim year; dim_element per data element; dim_region per region code
-- (historical codes included); dim_source per layout;
-- dim_source_element per layout value column (which department's export carries which element);
-- dim_indicator_breakdown per plan × indicator × monitored row (the headline, and each breakdown value: 农村, 女 …);
-- dim_indicator_part per quantitative indicator row × part (the element, with its disaggregation, it is computed from).

create table dim_plan as
select * from read_csv('${catalog}/plan.csv', header = true, columns = {
    'plan_code': 'varchar', 'plan_name': 'varchar', 'short_name': 'varchar',
    'baseline_year': 'integer', 'target_year': 'integer', 'plan_level': 'varchar',
    'extends_plan': 'varchar'});

-- The years each plan covers, baseline to target year (2010–2020, 2020–2030: 2020 is in both cycles); a plan's
-- indicators get values and statuses in these years only.
create table dim_plan_year as
select plan_code, unnest(range(baseline_year, target_year + 1))::integer as year
from dim_plan;

create table dim_domain as
select * from read_csv('${catalog}/domain.csv', header = true, columns = {
    'plan_code': 'varchar', 'domain_code': 'varchar', 'domain_name': 'varchar', 'domain_order': 'integer'});

create table dim_indicator as
select * from read_csv('${catalog}/indicator.csv', header = true, columns = {
    'plan_code': 'varchar', 'domain_code': 'varchar', 'indicator_code': 'varchar', 'indicator_name': 'varchar',
    'unit': 'varchar', 'kind': 'varchar', 'method': 'varchar',
    'numerator_element': 'varchar', 'numerator_sex': 'varchar', 'numerator_area': 'varchar',
    'numerator_age_group': 'varchar',
    'denominator_element': 'varchar', 'denominator_sex': 'varchar', 'denominator_area': 'varchar',
    'denominator_age_group': 'varchar',
    'factor': 'double', 'target_op': 'varchar', 'target_low': 'double', 'target_high': 'double',
    'target_tolerance': 'double', 'target_text': 'varchar', 'change_style': 'varchar', 'departments': 'varchar', 'indicator_order': 'integer',
    'goal_code': 'varchar', 'target_baseline_change': 'double', 'target_verified': 'boolean',
    'target_source': 'varchar'});

-- The targets of years before a plan's target year (the 2025 中期 yardstick of the 2021–2030 plans).
create table dim_interim_target as
select * from read_csv('${catalog}/interim_target.csv', header = true, columns = {
    'plan_code': 'varchar', 'indicator_code': 'varchar', 'target_year': 'integer', 'target_op': 'varchar',
    'target_low': 'double', 'target_high': 'double', 'target_text': 'varchar', 'target_verified': 'boolean'});

create table dim_goal as
select * from read_csv('${catalog}/goal.csv', header = true, columns = {
    'plan_code': 'varchar', 'domain_code': 'varchar', 'goal_code': 'varchar', 'goal_name': 'varchar',
    'goal_order': 'integer'});

create table dim_element as
select * from read_csv('${catalog}/element.csv', header = true, columns = {
    'element_code': 'varchar', 'element_name': 'varchar', 'unit': 'varchar', 'additive': 'boolean',
    'source_form': 'varchar', 'definition': 'varchar'});

-- series_code: the code a region's series runs under today (柳江县 450221 → 450206), so a 2010–2020 series is
-- one line and a city total never counts a county twice.
create table dim_region as
select * from read_csv('${catalog}/region.csv', header = true, columns = {
    'region_code': 'varchar', 'region_name': 'varchar', 'level': 'varchar', 'parent_code': 'varchar',
    'valid_from': 'integer', 'valid_to': 'integer', 'successor_code': 'varchar', 'series_code': 'varchar',
    'included_in': 'varchar'});

-- Every series region with itself (distance 0) and each region above it up to the root, parents taken by series code
-- (a county under a city's former code rolls up into the city's series). A zone included in a county's figures has
-- only itself: it is shown, never added into a total again. Roll-ups at every level sum over this table.
create table dim_region_ancestor as
with recursive series_parents as (
    select r.region_code, p.series_code as parent_code, r.included_in
    from dim_region as r
    left join dim_region as p on p.region_code = r.parent_code
    where r.successor_code is null
),

ancestors(region_code, ancestor_code, distance) as (
    select region_code, region_code, 0
    from series_parents
    union all
    select a.region_code, s.parent_code, a.distance + 1
    from ancestors as a
    join series_parents as s on s.region_code = a.ancestor_code
    where s.parent_code is not null and s.included_in is null
)

select a.region_code, a.ancestor_code, a.distance, r.level as ancestor_level
from ancestors as a
join dim_region as r on r.region_code = a.ancestor_code
order by a.region_code, a.distance;

create table dim_source as
select * from read_csv('${catalog}/source.csv', header = true, columns = {
    'source_id': 'varchar', 'source_name': 'varchar', 'department': 'varchar', 'table_name': 'varchar',
    'period': 'varchar'});

create table dim_source_element as
select * from read_csv('${catalog}/source_element.csv', header = true, columns = {
    'source_id': 'varchar', 'header': 'varchar', 'element_code': 'varchar', 'sex': 'varchar', 'area': 'varchar',
    'age_group': 'varchar'});

-- The rows each indicator is monitored by: its headline row (sex T, area total) and, for a quantitative indicator
-- with breakdowns in the catalog, one row per breakdown value (城市 urban / 农村 rural on area, 女 F / 男 M on sex;
-- the dimensions are not crossed). The headline row holds the indicator's target; a breakdown row only the target
-- the catalog gives its value (breakdown_targets), else none.
create table dim_indicator_breakdown as
with breakdown_rows as (
    select * from read_csv('${catalog}/indicator_breakdown.csv', header = true, columns = {
        'plan_code': 'varchar', 'indicator_code': 'varchar', 'breakdown': 'varchar', 'sex': 'varchar',
        'area': 'varchar', 'target_op': 'varchar', 'target_low': 'double', 'target_high': 'double',
        'target_tolerance': 'double', 'target_text': 'varchar', 'target_baseline_change': 'double',
        'target_verified': 'boolean'})
)

select plan_code, indicator_code, 'total' as breakdown, 'T' as sex, 'total' as area, '合计' as breakdown_label,
       0 as breakdown_order, target_op, target_low, target_high, target_tolerance, target_text,
       target_baseline_change, target_verified
from dim_indicator
union all
select plan_code, indicator_code, breakdown, sex, area,
       case coalesce(nullif(sex, 'T'), area) when 'urban' then '城市' when 'rural' then '农村' when 'F' then '女'
            else '男' end,
       list_position(['urban', 'rural', 'F', 'M'], coalesce(nullif(sex, 'T'), area)),
       target_op, target_low, target_high, target_tolerance, target_text, target_baseline_change, target_verified
from breakdown_rows;

-- The numerator (for reported and count indicators: the element) and the denominator of each quantitative
-- indicator row: a breakdown row reads the same elements restricted to its value (农村: area rural), on the dimension
-- the catalog leaves open (a numerator fixed to sex F is never broken down by sex: the catalog refuses it).
create table dim_indicator_part as
with parts as (
    select plan_code, indicator_code, 'numerator' as part, 1 as part_order, numerator_element as element_code,
           numerator_sex as sex, numerator_area as area, numerator_age_group as age_group
    from dim_indicator
    where kind = 'quantitative'
    union all
    select plan_code, indicator_code, 'denominator', 2, denominator_element, denominator_sex, denominator_area,
           denominator_age_group
    from dim_indicator
    where kind = 'quantitative' and method = 'ratio'
)

select p.plan_code, p.indicator_code, b.sex as indicator_sex, b.area as indicator_area, p.part, p.part_order,
       p.element_code, if(b.sex <> 'T', b.sex, p.sex) as sex, if(b.area <> 'total', b.area, p.area) as area,
       p.age_group
from parts as p
join dim_indicator_breakdown as b using (plan_code, indicator_code)
order by p.plan_code, p.indicator_code, b.breakdown_order, p.part_order;

-- Data dictionary (lianggang dictionary prints it): 中文标题｜English description.
comment on table dim_plan is '规划｜plans monitored, one row per plan (a national plan the city''s plan extends is its template, not monitored itself)';
comment on column dim_plan.plan_code is '规划代码｜plan code (women-2011-2020, children-2011-2020)';
comment on column dim_plan.plan_name is '规划名称｜full plan name';
comment on column dim_plan.short_name is '简称｜short name (妇女规划)';
comment on column dim_plan.baseline_year is '基期年份｜baseline year (2010)';
comment on column dim_plan.target_year is '目标年份｜target year (2020)';
comment on column dim_plan.plan_level is '发布层级｜who issued the plan: national (国务院), region (自治区) or city';
comment on column dim_plan.extends_plan is '上级规划｜the plan it extends (china-women-2021-2030); its goals and indicators are inherited';
comment on table dim_plan_year is '规划年度｜the years each plan covers, baseline to target year (2020 is in both cycles)';
comment on column dim_plan_year.plan_code is '规划代码｜plan code';
comment on column dim_plan_year.year is '年份｜a year of the plan''s cycle';
comment on table dim_domain is '领域｜domains of each plan';
comment on column dim_domain.plan_code is '规划代码｜plan code (women-2011-2020, children-2011-2020)';
comment on column dim_domain.domain_code is '领域代码｜domain code (W1 … W7, C1 … C4); NULL in report_summary = the whole plan';
comment on column dim_domain.domain_name is '领域｜domain name';
comment on column dim_domain.domain_order is '领域序号｜order of the domain in its plan';
comment on table dim_indicator is '指标｜the indicators of each plan, their formula and target';
comment on column dim_indicator.plan_code is '规划代码｜plan code (women-2011-2020, children-2011-2020)';
comment on column dim_indicator.domain_code is '领域代码｜domain code (W1 … W7, C1 … C4); NULL in report_summary = the whole plan';
comment on column dim_indicator.indicator_code is '指标代码｜indicator code';
comment on column dim_indicator.indicator_name is '指标名称｜indicator name';
comment on column dim_indicator.unit is '计量单位｜unit (%, ‰, 1/10万, 岁 …)';
comment on column dim_indicator.kind is '指标类型｜quantitative (量化) or qualitative (非量化)';
comment on column dim_indicator.method is '计算方法｜ratio (numerator/denominator × factor), reported (a value reported as is) or count (a sum)';
comment on column dim_indicator.numerator_element is '分子数据项｜numerator element (for reported and count: the element)';
comment on column dim_indicator.numerator_sex is '分子性别｜numerator sex (F, M, T)';
comment on column dim_indicator.numerator_area is '分子城乡｜numerator area (urban, rural, total)';
comment on column dim_indicator.numerator_age_group is '分子年龄组｜numerator age group';
comment on column dim_indicator.denominator_element is '分母数据项｜denominator element';
comment on column dim_indicator.denominator_sex is '分母性别｜denominator sex';
comment on column dim_indicator.denominator_area is '分母城乡｜denominator area';
comment on column dim_indicator.denominator_age_group is '分母年龄组｜denominator age group';
comment on column dim_indicator.factor is '系数｜factor (100, 1000, 100000)';
comment on column dim_indicator.target_op is '目标比较符｜target comparator (>=, >, <=, <, between)';
comment on column dim_indicator.target_low is '目标值｜target value (lower bound for between)';
comment on column dim_indicator.target_high is '目标上限｜upper bound of a between target';
comment on column dim_indicator.target_tolerance is '基本实现容差｜how far a value may miss the target and count as 基本实现';
comment on column dim_indicator.target_text is '目标原文｜the target as the plan words it';
comment on column dim_indicator.change_style is '变化表述｜points (百分点) or percent (相对变化)';
comment on column dim_indicator.departments is '责任单位｜responsible departments, joined by 、';
comment on column dim_indicator.indicator_order is '指标序号｜order of the indicator in its plan';
comment on column dim_indicator.goal_code is '目标代码｜the goal (主要目标) the indicator monitors (dim_goal); NULL where the plan has no goal level (2011–2020): such an indicator is its own goal';
comment on column dim_indicator.target_baseline_change is '以基期为基数变化｜a target stated against each region''s baseline value, in percent (−20: 以2020年为基数下降20%); target_low is then NULL';
comment on column dim_indicator.target_verified is '目标已核实｜false: the sources at hand do not confirm the target (a sample catalog''s U entry); reports should show the mark';
comment on column dim_indicator.target_source is '目标来源｜which level wrote the target that applies: national (国家纲要), region (自治区规划) or city (本市规划)';
comment on table dim_interim_target is '中期目标｜targets of years before the plan''s target year (2025 for the 2021–2030 plans)';
comment on column dim_interim_target.plan_code is '规划代码｜plan code';
comment on column dim_interim_target.indicator_code is '指标代码｜indicator code';
comment on column dim_interim_target.target_year is '目标年份｜the year the target is set for (2025)';
comment on column dim_interim_target.target_op is '目标比较符｜target comparator (>=, >, <=, <, between)';
comment on column dim_interim_target.target_low is '目标值｜target value (lower bound for between)';
comment on column dim_interim_target.target_high is '目标上限｜upper bound of a between target';
comment on column dim_interim_target.target_text is '目标原文｜the target as its source words it';
comment on column dim_interim_target.target_verified is '目标已核实｜false: the sources at hand do not confirm it';
comment on table dim_goal is '主要目标｜the main goals of each plan, each monitored by one or more indicators';
comment on column dim_goal.plan_code is '规划代码｜plan code';
comment on column dim_goal.domain_code is '领域代码｜domain code';
comment on column dim_goal.goal_code is '目标代码｜goal code';
comment on column dim_goal.goal_name is '主要目标｜the goal as the plan words it';
comment on column dim_goal.goal_order is '目标序号｜order of the goal in its plan';
comment on table dim_element is '数据项｜data elements the departments report';
comment on column dim_element.element_code is '数据项代码｜element code';
comment on column dim_element.element_name is '数据项名称｜element name';
comment on column dim_element.unit is '单位｜unit';
comment on column dim_element.additive is '可加总｜true: summed over counties for the city';
comment on column dim_element.source_form is '来源报表｜the statistical form of the department that carries it (卫统42表 …)';
comment on column dim_element.definition is '指标解释｜what exactly is counted (shown in the 填报说明 of the fill-in templates)';
comment on table dim_region is '行政区划｜the root region and every region below it, historical codes and zones included';
comment on column dim_region.region_code is '地区代码｜GB/T 2260 code';
comment on column dim_region.region_name is '地区｜region name';
comment on column dim_region.level is '级别｜country, province, city, county or zone (新区/功能区)';
comment on column dim_region.parent_code is '上级代码｜parent region code';
comment on column dim_region.valid_from is '起始年份｜first report year the code is valid';
comment on column dim_region.valid_to is '终止年份｜last report year the code is valid';
comment on column dim_region.successor_code is '继承代码｜code that replaced it (450221 → 450206)';
comment on column dim_region.series_code is '序列代码｜code the series runs under today';
comment on column dim_region.included_in is '已含于｜zones only: the county whose figures already hold the zone''s (shown, never added again)';
comment on table dim_region_ancestor is '地区上级｜each series region with itself and every region above it that its figures are added into';
comment on column dim_region_ancestor.region_code is '地区代码｜series code of the region';
comment on column dim_region_ancestor.ancestor_code is '上级代码｜the region itself (distance 0) or one above it';
comment on column dim_region_ancestor.distance is '层级距离｜0 itself, 1 its parent, 2 the parent''s parent …';
comment on column dim_region_ancestor.ancestor_level is '上级级别｜level of the ancestor';
comment on table dim_source is '数据来源｜department export layouts (schemas/sources)';
comment on column dim_source.source_id is '来源代码｜source layout id';
comment on column dim_source.source_name is '报表名称｜export name';
comment on column dim_source.department is '报送部门｜department';
comment on column dim_source.table_name is '湖表｜lake table (data_value or assessment)';
comment on column dim_source.period is '统计时期｜period the export covers';
comment on table dim_source_element is '报表数据项｜which value column of which layout carries which element';
comment on column dim_source_element.source_id is '来源代码｜source layout id';
comment on column dim_source_element.header is '列名｜column header in the export';
comment on column dim_source_element.element_code is '数据项代码｜element code';
comment on column dim_source_element.sex is '性别｜sex (F, M, T)';
comment on column dim_source_element.area is '城乡｜area (urban, rural, total)';
comment on column dim_source_element.age_group is '年龄组｜age group';
comment on table dim_indicator_part is '指标数据项｜the elements each quantitative indicator row (the headline, each breakdown value) is computed from: numerator and denominator';
comment on column dim_indicator_part.plan_code is '规划代码｜plan code (women-2011-2020, children-2011-2020)';
comment on column dim_indicator_part.indicator_code is '指标代码｜indicator code';
comment on column dim_indicator_part.part is '分子或分母｜numerator (for reported and count: the element) or denominator';
comment on column dim_indicator_part.part_order is '序号｜1 numerator, 2 denominator';
comment on column dim_indicator_part.element_code is '数据项代码｜element code';
comment on column dim_indicator_part.sex is '性别｜sex (F, M, T)';
comment on column dim_indicator_part.area is '城乡｜area (urban, rural, total)';
comment on column dim_indicator_part.age_group is '年龄组｜age group';
comment on column dim_indicator_part.indicator_sex is '指标性别分组｜the indicator row the part computes: T (headline) or the sex breakdown value (F, M)';
comment on column dim_indicator_part.indicator_area is '指标城乡分组｜the indicator row the part computes: total (headline) or the area breakdown value (urban, rural)';
comment on table dim_indicator_breakdown is '指标分组｜the rows each indicator is monitored by: the headline (合计) and each breakdown value (城市/农村, 女/男), with the target that applies to the row';
comment on column dim_indicator_breakdown.plan_code is '规划代码｜plan code';
comment on column dim_indicator_breakdown.indicator_code is '指标代码｜indicator code';
comment on column dim_indicator_breakdown.breakdown is '分组维度｜total (the headline row), sex or area';
comment on column dim_indicator_breakdown.sex is '性别｜T for the headline and area rows, F or M for a sex row';
comment on column dim_indicator_breakdown.area is '城乡｜total for the headline and sex rows, urban or rural for an area row';
comment on column dim_indicator_breakdown.breakdown_label is '分组｜合计 (the headline row), 城市, 农村, 女 or 男';
comment on column dim_indicator_breakdown.breakdown_order is '分组序号｜0 the headline, then 城市, 农村, 女, 男';
comment on column dim_indicator_breakdown.target_op is '目标比较符｜target comparator (NULL for a breakdown row without a target of its own)';
comment on column dim_indicator_breakdown.target_low is '目标值｜target value (lower bound for between)';
comment on column dim_indicator_breakdown.target_high is '目标上限｜upper bound of a between target';
comment on column dim_indicator_breakdown.target_tolerance is '基本实现容差｜tolerance for 基本实现';
comment on column dim_indicator_breakdown.target_text is '目标原文｜the target as the plan words it';
comment on column dim_indicator_breakdown.target_baseline_change is '以基期为基数变化｜a target against the row''s own baseline value, in percent';
comment on column dim_indicator_breakdown.target_verified is '目标已核实｜false: the sources at hand do not confirm the target';
