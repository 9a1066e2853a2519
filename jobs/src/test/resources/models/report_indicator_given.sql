-- Given, for warehouse/96_report_indicator.sql over 60_indicator_report.sql and 40_indicator_status.sql (and the
-- macros of 15_conventions.sql): plan p with baseline 2020 and target 2022, one county (柳江区 450206 under
-- 柳州市 450200), indicator_value as 30_indicator_value.sql would have computed it, and value_flag (95) as given.
-- The figures of shared/domain's worked changes:
--   R1  % rate, changes in points (百分点), ≥ 95, monitored by area too (农村, no target of its own)
--   R2  ‰ rate, changes in points (个千分点), ≤ 6
--   N   a count (人), changes in percent, ≥ 3000
--   M   1/10万, changes in percent as the catalog says (孕产妇死亡率), ≤ 18
--   Z   a count from 0 (no relative change from zero)
--   Q   qualitative (定性), judged by the assessments
-- indicator_order is not the codes' order, so the table's order is the catalog's.
create table dim_plan as
from (values ('p', 2020, 2022)) as t(plan_code, baseline_year, target_year);

-- the plan's years, as 10_dims.sql derives them
create table dim_plan_year as
select plan_code, unnest(range(baseline_year, target_year + 1))::integer as year
from dim_plan;

create table dim_domain as
from (values ('p', 'D1', '妇女与健康')) as t(plan_code, domain_code, domain_name);

create table dim_region as
from (values ('450206', '柳江区', 'county', null, '450206')) as t(region_code, region_name, level, successor_code,
                                                                 series_code);

create table dim_region_parent as
from (values ('450206', '柳江区', 'county', '450200')) as t(region_code, region_name, region_level, parent_code);

create table dim_indicator as
from (values
    ('p', 'D1', 'R1', '住院分娩率',   '%',      'quantitative', 'ratio', 'points',  true,  'national', '卫健委', 1),
    ('p', 'D1', 'R2', '婴儿死亡率',   '‰',      'quantitative', 'ratio', 'points',  true,  'city',     '卫健委', 2),
    ('p', 'D1', 'N',  '妇女议事会人数', '人',    'quantitative', 'count', 'percent', false, 'national', '妇联',   3),
    ('p', 'D1', 'M',  '孕产妇死亡率', '1/10万', 'quantitative', 'ratio', 'percent', true,  'region',   '卫健委', 4),
    ('p', 'D1', 'Z',  '新建儿童之家数', '个',    'quantitative', 'count', 'percent', true,  'city',     '民政局', 5),
    ('p', 'D1', 'Q',  '出台实施方案', null,     'qualitative',  null,    null,      true,  'city',     '妇儿工委', 6)
) as t(plan_code, domain_code, indicator_code, indicator_name, unit, kind, method, change_style, target_verified,
       target_source, departments, indicator_order);

create table dim_indicator_breakdown as
select plan_code, indicator_code, breakdown, sex, area, breakdown_label, breakdown_order, target_op,
       target_low::double as target_low, null::double as target_high, null::double as target_tolerance, target_text,
       null::double as target_baseline_change
from (values
    ('p', 'R1', 'total', 'T', 'total', '合计', 0, '>=', 95,   '≥95%'),
    ('p', 'R1', 'area',  'T', 'rural', '农村', 2, null, null, null),
    ('p', 'R2', 'total', 'T', 'total', '合计', 0, '<=', 6,    '≤6‰'),
    ('p', 'N',  'total', 'T', 'total', '合计', 0, '>=', 3000, '≥3000人'),
    ('p', 'M',  'total', 'T', 'total', '合计', 0, '<=', 18,   '≤18/10万'),
    ('p', 'Z',  'total', 'T', 'total', '合计', 0, '>=', 1,    '≥1个'),
    ('p', 'Q',  'total', 'T', 'total', '合计', 0, null, null, '出台')
) as t(plan_code, indicator_code, breakdown, sex, area, breakdown_label, breakdown_order, target_op, target_low,
       target_text);

-- Z's element is carried by a layout, so its missing 2022 is 未填报; the others are never 无数据 here
create table dim_indicator_part as
from (values ('p', 'Z', 'T', 'total', 'homes', 'T', 'total', null::varchar))
    as t(plan_code, indicator_code, indicator_sex, indicator_area, element_code, sex, area, age_group);

create table dim_source as
from (values ('civil', 'civil_annual'), ('wcc', 'assessment')) as t(source_id, table_name);

create table dim_source_element as
from (values ('homes', 'T', 'total', null::varchar)) as t(element_code, sex, area, age_group);

create table fact_data_value as
select * from (values ('450206', 'homes')) as t(region_code, element);

create table fact_assessment as
from (values (2020, '450206', 'Q', 'unmet', '起草中'), (2021, '450206', 'Q', 'met', '已印发'),
             (2022, '450206', 'Q', 'met', '已印发')) as t(year, region_code, indicator_code, status, note);

create table indicator_value as
select plan_code, indicator_code, region_code, year::integer as year, sex, area, null::double as numerator,
       null::double as denominator, value::double as value
from (values
    ('p', 'R1', '450206', 2020, 'T', 'total', 97.8), ('p', 'R1', '450206', 2021, 'T', 'total', 99.9),
    ('p', 'R1', '450206', 2022, 'T', 'total', 99.9),
    ('p', 'R1', '450206', 2020, 'T', 'rural', 96.0), ('p', 'R1', '450206', 2021, 'T', 'rural', 98.5),
    ('p', 'R2', '450206', 2020, 'T', 'total', 5.34), ('p', 'R2', '450206', 2021, 'T', 'total', 4.64),
    ('p', 'R2', '450206', 2022, 'T', 'total', 6.5),
    ('p', 'N',  '450206', 2020, 'T', 'total', 3001), ('p', 'N', '450206', 2021, 'T', 'total', 3537),
    ('p', 'N',  '450206', 2022, 'T', 'total', 3200),
    ('p', 'M',  '450206', 2020, 'T', 'total', 19.6), ('p', 'M', '450206', 2021, 'T', 'total', 18.3),
    ('p', 'M',  '450206', 2022, 'T', 'total', 18.3),
    ('p', 'Z',  '450206', 2020, 'T', 'total', 0),    ('p', 'Z', '450206', 2021, 'T', 'total', 4)
) as t(plan_code, indicator_code, region_code, year, sex, area, value);

-- R1's 2022 figure was revised since the last published vintage (r), M's is provisional from a small base (pE)
create table value_flag as
from (values ('p', 2022, '450206', 'R1', 'T', 'total', 'r'), ('p', 2021, '450206', 'M', 'T', 'total', 'pE'))
    as t(plan_code, year, region_code, indicator_code, sex, area, flags);
