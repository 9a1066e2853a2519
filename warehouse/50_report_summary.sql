-- report_summary: the 达标 tally of each plan, per year and region, for the whole plan (domain_code NULL) and per
-- domain. Grain: one row per plan × year × region × (domain | whole plan).
-- met_rate follows lianggang.report.rate-denominator: over all indicators, 无数据 kept in the denominator as the seed
-- report does (59/77 = 76.62%), or over the monitorable ones only (status other than 无数据, as NBS: 44/54). Both
-- rates are also kept. achieved = 达标, plus 基本实现 when lianggang.report.basically-met-counts (NBS). Quantitative
-- and qualitative rates are over their own counts. Rates in percent, full precision; reports round.
-- Each indicator counts once, by its headline row: its breakdown rows (城市/农村, 女/男) are never extra indicators.
-- no_data = no_source (取数困难) + not_reported (未填报) + no_baseline (基期无数据), as indicator_status.no_data_reason
-- splits it.

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
           count(*) filter (where no_data_reason = 'no_baseline')::integer as no_baseline,
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

select t.plan_code, t.year, t.region_code, r.region_name, r.region_level, r.parent_code,
       t.domain_code, d.domain_name,
       indicators, quantitative, qualitative,
       met, basically_met, unmet, no_data, monitorable, achieved,
       no_source, not_reported, no_baseline,
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
join dim_region_parent as r on r.region_code = t.region_code
left join dim_domain as d on d.plan_code = t.plan_code and d.domain_code = t.domain_code
order by t.plan_code, t.year, t.region_code, t.domain_code nulls first;
