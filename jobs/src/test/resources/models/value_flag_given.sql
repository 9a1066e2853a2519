-- Given, for warehouse/95_report_flag.sql: plan p in 2019 and 2020, the city 450200 and its county 450206.
--   M  孕产妇死亡率 (ratio, 1/10万), from element births of the health export h
--   K  a count from element homes of the civil-affairs export c (a count: never E)
--   Q  a qualitative indicator, from the assessment export a
-- The health export of 2020 came without some counties (incomplete), the assessment of 2019 never came (missing),
-- and the civil-affairs export of 2020 is not expected (not_expected). report_revision holds one revised figure.
create table report_setting (setting_key varchar, value varchar, description varchar);

create table dim_indicator as
from (values ('p', 'M', 'quantitative', 'ratio'), ('p', 'K', 'quantitative', 'count'),
             ('p', 'Q', 'qualitative', null)) as t(plan_code, indicator_code, kind, method);

create table dim_indicator_part as
from (values ('p', 'M', 'births', 'T', 'total', null), ('p', 'K', 'homes', 'T', 'total', null))
    as t(plan_code, indicator_code, element_code, sex, area, age_group);

create table dim_source as
from (values ('h', 'data_value'), ('c', 'data_value'), ('a', 'assessment')) as t(source_id, table_name);

create table dim_source_element as
from (values ('h', 'births', 'T', 'total', null), ('c', 'homes', 'T', 'total', null))
    as t(source_id, element_code, sex, area, age_group);

create table data_quality_completeness as
select source_id, year::integer as year, expected, completeness
from (values ('h', 2019, true, 'complete'), ('h', 2020, true, 'incomplete'),
             ('c', 2019, true, 'complete'), ('c', 2020, false, 'not_expected'),
             ('a', 2019, true, 'missing'),  ('a', 2020, true, 'complete'))
    as t(source_id, year, expected, completeness);

create table report_revision as
from (values ('p', 2019, '450200', 'K', 'T', 'total')) as t(plan_code, year, region_code, indicator_code, sex, area);

create table indicator_report as
select plan_code, year::integer as year, region_code, indicator_code, sex, area, unit, value::double as value,
       denominator::double as denominator
from (values
    -- the city: 4 deaths / 41961 births; the county 0 / 2501 (below 20000: E), 2020 1 / 19999 (E) and 1 / 20000
    ('p', 2019, '450200', 'M', 'T', 'total', '1/10万', 9.53, 41961),
    ('p', 2019, '450206', 'M', 'T', 'total', '1/10万', 0.0,  2501),
    ('p', 2020, '450200', 'M', 'T', 'total', '1/10万', 5.0,  20000),
    ('p', 2020, '450206', 'M', 'T', 'total', '1/10万', 5.0,  19999),
    -- a value without a denominator of its own, and no value at all: never E
    ('p', 2019, '450200', 'M', 'T', 'urban', '1/10万', null, 900),
    ('p', 2019, '450200', 'K', 'T', 'total', '个',     12,   null),
    ('p', 2020, '450200', 'K', 'T', 'total', '个',     3,    null),
    ('p', 2019, '450200', 'Q', 'T', 'total', null,     null, null),
    ('p', 2020, '450200', 'Q', 'T', 'total', null,     null, null)
) as t(plan_code, year, region_code, indicator_code, sex, area, unit, value, denominator);
