-- report_summary: the 达标 tally of each plan, per year and region, for the whole plan (domain_code NULL) and per
-- domain. Grain: one row per plan × year × region × (domain | whole plan).
-- met_rate follows lianggang.report.rate-denominator: over all indicators, 无数据 kept in the denominator as the seed
-- report does (59/77 = 76.62%), or over the monitorable ones only (status other than 无数据, as NBS: 44/54). Both
-- rates are also kept. achieved = 达标, plus 基本实现 when lianggang.report.basically-met-counts (NBS). Quantitative
-- and qualitative rates are over their own counts. Rates in percent, full precision; reports round.
-- Each indicator counts once, by its headline row: its breakdown rows (城市/农村, 女/男) are never extra indicators.
-- no_data = no_source (取数困难) + not_reported (未填报), as indicator_status.no_data_reason splits it.

create table report_summary as
with tallies as (
    select plan_code, year, region_code, domain_code,
           count(*)::integer as indicators,
           count(*) filter (where kind = 'quantitative')::integer as quantitative,
           count(*) filter (where kind = 'qualitative')::integer as qualitative,
           count(*) filter (where status = 'met')::integer as met,
           count(*) filter (where status = 'basically_met')::integer as basically_met,
           count(*) filter (where status = 'unmet')::integer as unmet,
           count(*) filter (where status = 'no_data')::integer as no_data,
           count(*) filter (where no_data_reason = 'no_source')::integer as no_source,
           count(*) filter (where no_data_reason = 'not_reported')::integer as not_reported,
           count(*) filter (where status <> 'no_data')::integer as monitorable,
           count(*) filter (where counts_as_met)::integer as achieved,
           count(*) filter (where kind = 'quantitative' and counts_as_met)::integer as quantitative_met,
           count(*) filter (where kind = 'quantitative' and status <> 'no_data')::integer as quantitative_monitorable,
           count(*) filter (where kind = 'qualitative' and counts_as_met)::integer as qualitative_met,
           count(*) filter (where kind = 'qualitative' and status <> 'no_data')::integer as qualitative_monitorable
    from indicator_status
    where sex = 'T' and area = 'total'
    group by grouping sets ((plan_code, year, region_code, domain_code), (plan_code, year, region_code))
)

select t.plan_code, t.year, t.region_code, r.region_name, r.level as region_level, p.series_code as parent_code,
       t.domain_code, d.domain_name,
       indicators, quantitative, qualitative,
       met, basically_met, unmet, no_data, monitorable, achieved,
       no_source, not_reported,
       '${rate_denominator}' as rate_denominator,
       100.0 * achieved / if('${rate_denominator}' = 'all', indicators, nullif(monitorable, 0)) as met_rate,
       100.0 * achieved / indicators as met_rate_all,
       100.0 * achieved / nullif(monitorable, 0) as met_rate_monitorable,
       quantitative_met,
       100.0 * quantitative_met
           / nullif(if('${rate_denominator}' = 'all', quantitative, quantitative_monitorable), 0)
           as quantitative_met_rate,
       qualitative_met,
       100.0 * qualitative_met
           / nullif(if('${rate_denominator}' = 'all', qualitative, qualitative_monitorable), 0)
           as qualitative_met_rate
from tallies as t
join dim_region as r on r.region_code = t.region_code
left join dim_region as p on p.region_code = r.parent_code
left join dim_domain as d on d.plan_code = t.plan_code and d.domain_code = t.domain_code
order by t.plan_code, t.year, t.region_code, t.domain_code nulls first;

-- Data dictionary (lianggang dictionary prints it): 中文标题｜English description.
comment on table report_summary is '达标情况汇总｜达标 tally per plan × year × region, whole plan and per domain';
comment on column report_summary.plan_code is '规划代码｜plan code (women-2011-2020, children-2011-2020)';
comment on column report_summary.year is '年份｜report year';
comment on column report_summary.region_code is '地区代码｜region code (GB/T 2260); in results the series code, e.g. 450206 for 柳江 in every year';
comment on column report_summary.region_name is '地区｜region name';
comment on column report_summary.region_level is '地区级别｜country, province, city, county or zone';
comment on column report_summary.parent_code is '上级代码｜series code of the parent region (NULL for the root: its parent lies outside the warehouse)';
comment on column report_summary.domain_code is '领域代码｜domain code (W1 … W7, C1 … C4); NULL in report_summary = the whole plan';
comment on column report_summary.domain_name is '领域｜domain name; NULL for the whole plan';
comment on column report_summary.indicators is '指标数｜indicators';
comment on column report_summary.quantitative is '量化指标数｜quantitative indicators';
comment on column report_summary.qualitative is '非量化指标数｜qualitative indicators';
comment on column report_summary.met is '达标｜met';
comment on column report_summary.basically_met is '基本实现｜basically met (within tolerance)';
comment on column report_summary.unmet is '未达标｜unmet';
comment on column report_summary.no_data is '无数据｜no data';
comment on column report_summary.no_source is '取数困难｜no data, and no configured layout carries an element of the indicator';
comment on column report_summary.not_reported is '未填报｜no data, though a layout carries it (no file, or the value missing)';
comment on column report_summary.monitorable is '可监测指标数｜indicators with data (not 无数据)';
comment on column report_summary.achieved is '计为达标数｜counted as 达标 (met, plus basically met if so configured)';
comment on column report_summary.rate_denominator is '达标率分母口径｜all or monitorable';
comment on column report_summary.met_rate is '达标率｜achieved ÷ the configured denominator × 100 (%)';
comment on column report_summary.met_rate_all is '达标率（全部指标）｜achieved ÷ all indicators × 100 (%)';
comment on column report_summary.met_rate_monitorable is '达标率（可监测指标）｜achieved ÷ monitorable × 100 (%)';
comment on column report_summary.quantitative_met is '量化达标数｜quantitative counted as 达标';
comment on column report_summary.quantitative_met_rate is '量化达标率｜rate over quantitative indicators (%)';
comment on column report_summary.qualitative_met is '非量化达标数｜qualitative counted as 达标';
comment on column report_summary.qualitative_met_rate is '非量化达标率｜rate over qualitative indicators (%)';
