-- Given, for warehouse/40_indicator_status.sql: plan p with baseline 2020 and target 2021, a city (450200), its
-- county 柳江区 450206 (柳江县 450221 its former code), a zone some export has a row for (450251) and one none has
-- (450250). indicator_value is given as 30_indicator_value.sql would have computed it (series codes, plan years).
--   A  ≥ 90 %, tolerance 1 (基本实现 from 89), monitored by area: 农村 with its own target ≥ 85 and no tolerance,
--      城市 without one (不设目标)
--   B  ≤ 20 1/10万, tolerance 0.5 (基本实现 up to 20.5), the 孕产妇死亡率 case
--   C  ≤ the region's own 2020 value less 20 % (以2020年为基数下降20%)
--   D  qualitative (定性), judged by the assessments
--   E  ≥ 50, computed from an element no layout carries and none has arrived (取数困难)
create table dim_plan as
from (values ('p', 2020, 2021)) as t(plan_code, baseline_year, target_year);

-- the plan's years, as 10_dims.sql derives them
create table dim_plan_year as
select plan_code, unnest(range(baseline_year, target_year + 1))::integer as year
from dim_plan;

create table dim_region as
from (values
    ('450200', '柳州市', 'city',   null,     '450200'),
    ('450206', '柳江区', 'county', null,     '450206'),
    ('450221', '柳江县', 'county', '450206', '450206'),
    ('450250', '甲园区', 'zone',   null,     '450250'),
    ('450251', '乙园区', 'zone',   null,     '450251')
) as t(region_code, region_name, level, successor_code, series_code);

create table dim_indicator as
from (values ('p', 'D1', 'A', 'quantitative'), ('p', 'D1', 'B', 'quantitative'), ('p', 'D1', 'C', 'quantitative'),
             ('p', 'D1', 'D', 'qualitative'), ('p', 'D1', 'E', 'quantitative')
) as t(plan_code, domain_code, indicator_code, kind);

create table dim_indicator_breakdown as
select plan_code, indicator_code, breakdown, sex, area, target_op, target_low::double as target_low,
       target_high::double as target_high, target_tolerance::double as target_tolerance,
       target_baseline_change::double as target_baseline_change
from (values
    ('p', 'A', 'total', 'T', 'total', '>=', 90, null, 1.0,  null),
    ('p', 'A', 'area',  'T', 'rural', '>=', 85, null, null, null),
    ('p', 'A', 'area',  'T', 'urban', null, null, null, null, null),
    ('p', 'B', 'total', 'T', 'total', '<=', 20, null, 0.5,  null),
    ('p', 'C', 'total', 'T', 'total', '<=', null, null, null, -20),
    ('p', 'D', 'total', 'T', 'total', null, null, null, null, null),
    ('p', 'E', 'total', 'T', 'total', '>=', 50, null, null, null)
) as t(plan_code, indicator_code, breakdown, sex, area, target_op, target_low, target_high, target_tolerance,
       target_baseline_change);

-- the elements each indicator row is computed from; E's denominator e_den is carried by no layout
create table dim_indicator_part as
select plan_code, indicator_code, indicator_sex, indicator_area, element_code, sex, area, null::varchar as age_group
from (values
    ('p', 'A', 'T', 'total', 'a_num', 'T', 'total'), ('p', 'A', 'T', 'total', 'a_den', 'T', 'total'),
    ('p', 'A', 'T', 'rural', 'a_num', 'T', 'rural'), ('p', 'A', 'T', 'rural', 'a_den', 'T', 'rural'),
    ('p', 'A', 'T', 'urban', 'a_num', 'T', 'urban'), ('p', 'A', 'T', 'urban', 'a_den', 'T', 'urban'),
    ('p', 'B', 'T', 'total', 'b_num', 'T', 'total'), ('p', 'B', 'T', 'total', 'b_den', 'T', 'total'),
    ('p', 'C', 'T', 'total', 'c_num', 'T', 'total'),
    ('p', 'E', 'T', 'total', 'e_num', 'T', 'total'), ('p', 'E', 'T', 'total', 'e_den', 'T', 'total')
) as t(plan_code, indicator_code, indicator_sex, indicator_area, element_code, sex, area);

create table dim_source as
from (values ('health', 'health_annual'), ('wcc', 'assessment')) as t(source_id, table_name);

create table dim_source_element as
select element_code, sex, area, null::varchar as age_group
from (values
    ('a_num', 'T', 'total'), ('a_den', 'T', 'total'), ('a_num', 'T', 'rural'), ('a_den', 'T', 'rural'),
    ('a_num', 'T', 'urban'), ('a_den', 'T', 'urban'), ('b_num', 'T', 'total'), ('b_den', 'T', 'total'),
    ('c_num', 'T', 'total'), ('e_num', 'T', 'total')
) as t(element_code, sex, area);

-- the element rows the model looks at only for which regions and elements have ever arrived
create table fact_data_value as
from (values ('450221', 'a_num'), ('450206', 'b_num'), ('450200', 'c_num')) as t(region_code, element);

-- 柳江县 files 2021's assessment under its former code; the zone 450251 has an assessment and nothing else
create table fact_assessment as
from (values
    (2021, '450221', 'D', 'met',           '已出台实施方案'),
    (2020, '450200', 'D', 'unmet',         '尚未出台'),
    (2021, '450200', 'D', 'basically_met', '已起草待印发'),
    (2021, '450251', 'D', 'met',           null)
) as t(year, region_code, indicator_code, status, note);

create table indicator_value as
select plan_code, indicator_code, region_code, year::integer as year, sex, area, numerator::double as numerator,
       denominator::double as denominator, value::double as value
from (values
    ('p', 'A', '450206', 2020, 'T', 'total', 178, 200, 89.0),
    ('p', 'A', '450206', 2021, 'T', 'total', 180, 200, 90.0),
    ('p', 'A', '450206', 2021, 'T', 'rural', 84, 100, 84.0),
    ('p', 'A', '450206', 2021, 'T', 'urban', 95, 100, 95.0),
    ('p', 'A', '450200', 2020, 'T', 'total', 889, 1000, 88.9),
    ('p', 'A', '450200', 2021, 'T', 'total', 899.9999999, 1000, 89.9999999),
    ('p', 'B', '450206', 2020, 'T', 'total', 41, 200000, 20.5),
    ('p', 'B', '450206', 2021, 'T', 'total', 103, 500000, 20.6),
    ('p', 'B', '450200', 2020, 'T', 'total', null, null, 20.000000000000004),
    ('p', 'C', '450206', 2020, 'T', 'total', 10, null, 10.0),
    ('p', 'C', '450206', 2021, 'T', 'total', 8, null, 8.0),
    ('p', 'C', '450200', 2021, 'T', 'total', 5, null, 5.0)
) as t(plan_code, indicator_code, region_code, year, sex, area, numerator, denominator, value);
