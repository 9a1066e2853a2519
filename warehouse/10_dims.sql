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

-- Each region with the series code of its parent, as every report table names a region's place (a region under its
-- parent's former code hangs under that parent's series; the root's parent lies outside the warehouse: NULL).
create view dim_region_parent as
select r.region_code, r.region_name, r.level as region_level, p.series_code as parent_code
from dim_region as r
left join dim_region as p on p.region_code = r.parent_code;

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
