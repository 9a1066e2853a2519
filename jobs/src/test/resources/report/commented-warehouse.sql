-- A tiny warehouse with commented report tables, as the warehouse build will make them: Chinese titles before the
-- full-width bar, English after it. Text cells carry formula-like content that the exports must neutralise.
create table report_indicator (plan_code varchar, year integer, region_code varchar, indicator_name varchar,
                               unit varchar, value double, status varchar, indicators integer, note varchar);
comment on table report_indicator is '指标监测表｜one row per plan × year × region × indicator';
comment on column report_indicator.plan_code is '规划｜plan code';
comment on column report_indicator.year is '年份｜report year';
comment on column report_indicator.region_code is '地区代码｜GB/T 2260';
comment on column report_indicator.indicator_name is '指标名称｜indicator name';
comment on column report_indicator.unit is '计量单位｜unit';
comment on column report_indicator.value is '本年值｜value, full precision';
comment on column report_indicator.status is '达标情况｜达标 / 基本实现 / 未达标 / 无数据';
comment on column report_indicator.indicators is '指标数｜a count';
insert into report_indicator values
    ('women-2011-2020', 2019, '450200', '=HYPERLINK("http://evil.example","点我")', '%', 84.6153846153846, '达标', 1234, '+1 比上年'),
    ('women-2011-2020', 2019, '450200', '儿童之家数', '所', 1234.4, '未达标', 5, '-0.7 个百分点'),
    ('women-2011-2020', 2019, '450200', '@SUM(A1:A2)', '%', null, '无数据', 0, chr(9) || 'cmd'),
    ('women-2011-2020', 2019, '450202', '孕产妇死亡率', '1/10万', 20.1, '基本实现', 7, null),
    ('children-2011-2020', 2019, '450200', '婴儿死亡率', '‰', 4.64, '达标', 2, null),
    ('women-2011-2020', 2018, '450200', '孕产妇死亡率', '1/10万', 19.6, '达标', 7, null);

create table report_trend (plan_code varchar, region_code varchar, year integer, value double);
insert into report_trend values ('women-2011-2020', '450200', 2017, 1.0), ('women-2011-2020', '450200', 2019, 2.0),
                                ('women-2011-2020', '450200', 2020, 3.0);

create table report_progress (plan_code varchar, as_of_year integer, region_code varchar, progress_label varchar);
comment on column report_progress.as_of_year is '评估年份｜the outlook as of this year';
insert into report_progress values ('women-2011-2020', 2018, '450200', '需要加速'),
                                   ('women-2011-2020', 2019, '450200', '已实现目标');

create table indicator_status (plan_code varchar, year integer);
insert into indicator_status values ('women-2011-2020', 2019);

-- the region dimension the page headers name the report's region from (the root: no parent in the warehouse)
create table dim_region (region_code varchar, region_name varchar, parent_code varchar, successor_code varchar);
insert into dim_region values ('450200', '柳州市', '450000', null), ('450202', '城中区', '450200', null);
