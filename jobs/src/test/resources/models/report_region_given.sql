-- Given, for warehouse/71_report_region.sql: plan p in 2019 under the root 广西 450000 — two cities, four counties
-- of 柳州 450200, one of 桂林 450300 and a zone of 柳州 — with their whole-plan 达标率 (report_summary, domain NULL) and
-- unmet lists (unmet_indicator).
--   cities   450200 80, 450300 80 (a tie)
--   counties 450202 50 (its 健康 domain 100: not the plan's rate), 450203 75, 450204 75, 450205 no rate (every
--            indicator 无数据, the rate over the monitorable ones) under 柳州; 450302 10 under 桂林
--   zone     4502X1 90 under 柳州: a sibling of the zones, not of the counties
create table dim_region_parent as
from (values
    ('450000', '广西壮族自治区', 'province', null),
    ('450200', '柳州市',         'city',     '450000'),
    ('450300', '桂林市',         'city',     '450000'),
    ('450202', '城中区',         'county',   '450200'),
    ('450203', '鱼峰区',         'county',   '450200'),
    ('450204', '柳南区',         'county',   '450200'),
    ('450205', '柳北区',         'county',   '450200'),
    ('450302', '秀峰区',         'county',   '450300'),
    ('4502X1', '柳东新区',       'zone',     '450200')
) as t(region_code, region_name, region_level, parent_code);

create table report_summary as
select plan_code, year::bigint as year, region_code, domain_code, indicators, met, 0 as basically_met,
       indicators - met - no_data as unmet, no_data, met as achieved,
       -- over all indicators, except where the given says no rate (over the monitorable ones, none monitorable)
       if(without_rate, null, 100.0 * met / indicators) as met_rate,
       null::double as quantitative_met_rate, null::double as qualitative_met_rate
from (values
    ('p', 2019, '450000', null, 10, 7, 1,  false),
    ('p', 2019, '450200', null, 10, 8, 0,  false),
    ('p', 2019, '450300', null, 10, 8, 1,  false),
    ('p', 2019, '450202', null, 10, 5, 2,  false),
    ('p', 2019, '450202', 'D1', 2,  2, 0,  false),
    ('p', 2019, '450203', null, 4,  3, 0,  false),
    ('p', 2019, '450204', null, 8,  6, 0,  false),
    ('p', 2019, '450205', null, 10, 0, 10, true),
    ('p', 2019, '450302', null, 10, 1, 0,  false),
    ('p', 2019, '4502X1', null, 10, 9, 0,  false)
) as t(plan_code, year, region_code, domain_code, indicators, met, no_data, without_rate);

create table unmet_indicator as
select plan_code, year::bigint as year, region_code, indicator_code, indicator_order, unmet_text
from (values
    ('p', 2019, '450202', 'A', 2, 'A 指标A（距目标差1.20个百分点）'),
    ('p', 2019, '450202', 'Z', 1, 'Z 指标Z（距目标差5.00个百分点）')
) as t(plan_code, year, region_code, indicator_code, indicator_order, unmet_text);
