-- Dimension tables, one row per catalog entry, read from the catalog snapshot the build writes from schemas/.
-- Grain: dim_plan one row per plan; dim_domain per plan × domain; dim_indicator per plan × indicator;
-- dim_element per data element; dim_region per region code (historical codes included); dim_source per layout.

create table dim_plan as
select * from read_csv('${catalog}/plan.csv', header = true, columns = {
    'plan_code': 'varchar', 'plan_name': 'varchar', 'short_name': 'varchar',
    'baseline_year': 'integer', 'target_year': 'integer'});

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
    'target_text': 'varchar', 'change_style': 'varchar', 'departments': 'varchar', 'indicator_order': 'integer'});

create table dim_element as
select * from read_csv('${catalog}/element.csv', header = true, columns = {
    'element_code': 'varchar', 'element_name': 'varchar', 'unit': 'varchar', 'additive': 'boolean'});

-- series_code: the code a region's series runs under today (柳江县 450221 → 450206), so a 2010–2020 series is
-- one line and a city total never counts a county twice.
create table dim_region as
select * from read_csv('${catalog}/region.csv', header = true, columns = {
    'region_code': 'varchar', 'region_name': 'varchar', 'level': 'varchar', 'parent_code': 'varchar',
    'valid_from': 'integer', 'valid_to': 'integer', 'successor_code': 'varchar', 'series_code': 'varchar'});

create table dim_source as
select * from read_csv('${catalog}/source.csv', header = true, columns = {
    'source_id': 'varchar', 'source_name': 'varchar', 'department': 'varchar', 'table_name': 'varchar',
    'period': 'varchar'});
