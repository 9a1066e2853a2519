-- Given, for warehouse/50_report_summary.sql: plan p in 2019, the city 450200 with two domains and six indicators
-- (headline rows, sex T, area total), one breakdown row that must not count, and a county with two indicators.
--   D1  A quantitative 达标, B quantitative 基本实现 (counts as 达标 at the default), C quantitative 未达标,
--       D qualitative 无数据 (未填报)
--   D2  E qualitative 达标, F quantitative 无数据 (取数困难)
--   A's 农村 row is 未达标: a breakdown row is never an indicator of its own
--   the county: A 未达标, G quantitative 无数据 (基期无数据: a value, but no baseline for its target)
create table dim_region_parent as
from (values
    ('450200', '柳州市', 'city',   null),
    ('450206', '柳江区', 'county', '450200')
) as t(region_code, region_name, region_level, parent_code);

create table dim_domain as
from (values ('p', 'D1', '健康'), ('p', 'D2', '教育')) as t(plan_code, domain_code, domain_name);

create table indicator_status as
select plan_code, year::integer as year, region_code, sex, area, domain_code, indicator_code, kind, status,
       no_data_reason, counts_as_met
from (values
    ('p', 2019, '450200', 'T', 'total', 'D1', 'A', 'quantitative', 'met',           null,           true),
    ('p', 2019, '450200', 'T', 'rural', 'D1', 'A', 'quantitative', 'unmet',         null,           false),
    ('p', 2019, '450200', 'T', 'total', 'D1', 'B', 'quantitative', 'basically_met', null,           true),
    ('p', 2019, '450200', 'T', 'total', 'D1', 'C', 'quantitative', 'unmet',         null,           false),
    ('p', 2019, '450200', 'T', 'total', 'D1', 'D', 'qualitative',  'no_data',       'not_reported', false),
    ('p', 2019, '450200', 'T', 'total', 'D2', 'E', 'qualitative',  'met',           null,           true),
    ('p', 2019, '450200', 'T', 'total', 'D2', 'F', 'quantitative', 'no_data',       'no_source',    false),
    ('p', 2019, '450206', 'T', 'total', 'D1', 'A', 'quantitative', 'unmet',         null,           false),
    ('p', 2019, '450206', 'T', 'total', 'D1', 'G', 'quantitative', 'no_data',       'no_baseline',  false)
) as t(plan_code, year, region_code, sex, area, domain_code, indicator_code, kind, status, no_data_reason,
       counts_as_met);
