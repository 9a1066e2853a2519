-- Given, for warehouse/80_report_progress.sql: plan p with baseline 2020 and target 2025, a city (450200) and two of
-- its counties, and indicator_status as 40_indicator_status.sql would have judged it (value, status). Figures chosen
-- so that the growth rates are whole roots: 243 / 32 = 1.5^5, 72 / 32 = 1.5^2, 16 / 25 = 0.8^2.
--   K  ≥ 243 个, a count growing from its baseline 32
--   L  ≤ 16 ‰, no data before 2023 (its base is 2023, not the baseline year)
--   Z  ≥ 10 个 from 0 (taken as 0.001)
--   B  between 40 and 60, Q qualitative: not assessed
--   C  ≤ 以2020年为基数下降20% (no target_low in the catalog): 450206's baseline 10 makes its target 8 (as
--      40_indicator_status.sql holds it); 450222 has no 2020 value, so no target
create table dim_plan as
from (values ('p', 2020, 2025)) as t(plan_code, baseline_year, target_year);

-- the plan's years, as 10_dims.sql derives them
create table dim_plan_year as
select plan_code, unnest(range(baseline_year, target_year + 1))::integer as year
from dim_plan;

create table dim_region as
from (values
    ('450200', '柳州市', 'city',   null,     '450200'),
    ('450206', '柳江区', 'county', '450200', '450206'),
    ('450222', '柳城县', 'county', '450200', '450222')
) as t(region_code, region_name, level, parent_code, series_code);

create table dim_indicator as
select plan_code, domain_code, indicator_code, indicator_name, unit, kind, target_op, target_low::double as target_low,
       target_baseline_change::double as target_baseline_change, target_text, indicator_order
from (values
    ('p', 'D1', 'K', '儿童之家数',     '个', 'quantitative', '>=',      243,  null, '≥243个',  1),
    ('p', 'D1', 'L', '婴儿死亡率',     '‰',  'quantitative', '<=',      16,   null, '≤16‰',    2),
    ('p', 'D1', 'Z', '儿童友好社区数', '个', 'quantitative', '>=',      10,   null, '≥10个',   3),
    ('p', 'D1', 'B', '性别比',         null, 'quantitative', 'between', 40,   null, '40–60',   4),
    ('p', 'D1', 'Q', '出台实施方案',   null, 'qualitative',  null,      null, null, '出台',    5),
    ('p', 'D1', 'C', '儿童伤害死亡率', '1/10万', 'quantitative', '<=', null, -20,  '以2020年为基数下降20%', 6)
) as t(plan_code, domain_code, indicator_code, indicator_name, unit, kind, target_op, target_low,
       target_baseline_change, target_text, indicator_order);

create table indicator_status as
select plan_code, indicator_code, region_code, year::integer as year, sex, area, kind, value::double as value, status,
       target_low::double as target_low
from (values
    ('p', 'K', '450206', 2020, 'T', 'total', 'quantitative', 32,   'unmet', 243),
    ('p', 'K', '450206', 2021, 'T', 'total', 'quantitative', null, 'no_data', 243),
    ('p', 'K', '450206', 2022, 'T', 'total', 'quantitative', 72,   'unmet', 243),
    ('p', 'K', '450206', 2024, 'T', 'total', 'quantitative', 50,   'unmet', 243),
    ('p', 'K', '450206', 2025, 'T', 'total', 'quantitative', 243,  'met', 243),
    -- a breakdown row: the outlook is the headline's only
    ('p', 'K', '450206', 2023, 'T', 'rural', 'quantitative', 999,  'met', 243),
    ('p', 'L', '450206', 2020, 'T', 'total', 'quantitative', null, 'no_data', 16),
    ('p', 'L', '450206', 2023, 'T', 'total', 'quantitative', 25,   'unmet', 16),
    ('p', 'L', '450206', 2024, 'T', 'total', 'quantitative', 20,   'unmet', 16),
    ('p', 'L', '450222', 2023, 'T', 'total', 'quantitative', 25,   'unmet', 16),
    ('p', 'L', '450222', 2024, 'T', 'total', 'quantitative', 21,   'unmet', 16),
    ('p', 'L', '450200', 2023, 'T', 'total', 'quantitative', 25,   'unmet', 16),
    ('p', 'L', '450200', 2024, 'T', 'total', 'quantitative', 30,   'unmet', 16),
    ('p', 'Z', '450206', 2020, 'T', 'total', 'quantitative', 0,    'unmet', 10),
    ('p', 'Z', '450206', 2021, 'T', 'total', 'quantitative', 1,    'unmet', 10),
    ('p', 'B', '450206', 2020, 'T', 'total', 'quantitative', 45,   'met', 40),
    ('p', 'B', '450206', 2021, 'T', 'total', 'quantitative', 50,   'met', 40),
    ('p', 'Q', '450206', 2021, 'T', 'total', 'qualitative',  null, 'met', null),
    ('p', 'C', '450206', 2020, 'T', 'total', 'quantitative', 10,   'unmet', 8),
    ('p', 'C', '450206', 2021, 'T', 'total', 'quantitative', 8,    'met', 8),
    ('p', 'C', '450222', 2021, 'T', 'total', 'quantitative', 9,    'no_data', null),
    ('p', 'C', '450222', 2022, 'T', 'total', 'quantitative', 8.5,  'no_data', null)
) as t(plan_code, indicator_code, region_code, year, sex, area, kind, value, status, target_low);
