-- A warehouse of 49 regions for the workbook split (WorkbookSplitTest): the root 100000, three provinces
-- (110000, 120000, 130000), three cities in each (110100 …), four counties in each city (110101 …). Every region
-- has 2 indicators × 11 years (2010–2020) in report_trend and in report_indicator; report_note has no region column.
create table dim_region (region_code varchar, region_name varchar, level varchar, parent_code varchar,
                         successor_code varchar, series_code varchar);
insert into dim_region values ('100000', '全国', 'country', null, null, '100000');
insert into dim_region
select p || '0000', '省' || p, 'province', '100000', null, p || '0000'
from range(11, 14) as t(p);
insert into dim_region
select p || lpad(c::varchar, 2, '0') || '00', '市' || p || c, 'city', p || '0000', null,
       p || lpad(c::varchar, 2, '0') || '00'
from range(11, 14) as t(p), range(1, 4) as u(c);
insert into dim_region
select p || lpad(c::varchar, 2, '0') || lpad(k::varchar, 2, '0'), '县' || p || c || k, 'county',
       p || lpad(c::varchar, 2, '0') || '00', null, p || lpad(c::varchar, 2, '0') || lpad(k::varchar, 2, '0')
from range(11, 14) as t(p), range(1, 4) as u(c), range(1, 5) as v(k);

create table report_trend as
select 'women-2011-2020' as plan_code, r.region_code, y.year::integer as year, 'W' || i as indicator_code,
       y.year + i / 10.0 as value
from dim_region as r, range(2010, 2021) as y(year), range(1, 3) as n(i);
comment on table report_trend is '趋势表｜every year up to the report year';
comment on column report_trend.region_code is '地区代码｜region';

create table report_indicator as
select 'women-2011-2020' as plan_code, y.year::integer as year, r.region_code, 'W' || i as indicator_code,
       50.0 + i as value
from dim_region as r, range(2010, 2021) as y(year), range(1, 3) as n(i);
comment on table report_indicator is '指标表｜one year';
comment on column report_indicator.region_code is '地区代码｜region';

create table report_note (note varchar);
comment on table report_note is '说明｜no region column';
insert into report_note values ('全国汇总');
