-- Given, for warehouse/70_report_department.sql: plan p in 2019, the city 450200 and its county 450206, and the
-- headline and breakdown rows of indicator_report and unmet_indicator as 60_indicator_report.sql would word them.
-- Indicator codes sort otherwise than the catalog's order (indicator_order), so a list in code order shows.
--   Z (order 1) 市卫健委、 市教育局 (a space after the 、)   未达标, gap 距目标差5.00个百分点
--   A (order 2) 市卫健委                                   未达标, gap 距目标差1.20个百分点; its 农村 row 达标
--   M (order 3) 市卫健委                                   基本实现 (counts as 达标)
--   N (order 4) 市教育局                                   无数据
--   B (order 5) 市卫健委                                   无数据
--   Q (order 6) no department (empty): counted for nobody  达标
-- The county: A 达标 only.
create table dim_region_parent as
from (values
    ('450200', '柳州市', 'city',   null),
    ('450206', '柳江区', 'county', '450200')
) as t(region_code, region_name, region_level, parent_code);

create table dim_indicator as
from (values
    ('p', 'Z', '市卫健委、 市教育局'),
    ('p', 'A', '市卫健委'),
    ('p', 'M', '市卫健委'),
    ('p', 'N', '市教育局'),
    ('p', 'B', '市卫健委'),
    ('p', 'Q', '')
) as t(plan_code, indicator_code, departments);

create table indicator_report as
select plan_code, year::bigint as year, region_code, sex, area, indicator_code, indicator_name, indicator_order,
       status_code, counts_as_met
from (values
    ('p', 2019, '450200', 'T', 'total', 'Z', '指标Z', 1, 'unmet',         false),
    ('p', 2019, '450200', 'T', 'total', 'A', '指标A', 2, 'unmet',         false),
    ('p', 2019, '450200', 'T', 'rural', 'A', '指标A', 2, 'met',           true),
    ('p', 2019, '450200', 'T', 'total', 'M', '指标M', 3, 'basically_met', true),
    ('p', 2019, '450200', 'T', 'total', 'N', '指标N', 4, 'no_data',       false),
    ('p', 2019, '450200', 'T', 'total', 'B', '指标B', 5, 'no_data',       false),
    ('p', 2019, '450200', 'T', 'total', 'Q', '指标Q', 6, 'met',           true),
    ('p', 2019, '450206', 'T', 'total', 'A', '指标A', 2, 'met',           true)
) as t(plan_code, year, region_code, sex, area, indicator_code, indicator_name, indicator_order, status_code,
       counts_as_met);

create table unmet_indicator as
select plan_code, year::bigint as year, region_code, indicator_code, indicator_order, unmet_text
from (values
    ('p', 2019, '450200', 'Z', 1, 'Z 指标Z（距目标差5.00个百分点）'),
    ('p', 2019, '450200', 'A', 2, 'A 指标A（距目标差1.20个百分点）')
) as t(plan_code, year, region_code, indicator_code, indicator_order, unmet_text);
