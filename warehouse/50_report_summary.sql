-- report_summary: the 达标 tally of each plan, per year and region, for the whole plan (domain_code NULL) and per
-- domain. Grain: one row per plan × year × region × (domain | whole plan).
-- met_rate = met / all indicators, 无数据 kept in the denominator as the seed report does (59/77 = 76.62%);
-- quantitative and qualitative rates likewise over their own counts. Rates in percent, full precision; the report
-- rounds for presentation.

create table report_summary as
select plan_code, year, region_code, domain_code,
       count(*)::integer as indicators,
       count(*) filter (where kind = 'quantitative')::integer as quantitative,
       count(*) filter (where kind = 'qualitative')::integer as qualitative,
       count(*) filter (where status = 'met')::integer as met,
       count(*) filter (where status = 'unmet')::integer as unmet,
       count(*) filter (where status = 'no_data')::integer as no_data,
       100.0 * count(*) filter (where status = 'met') / count(*) as met_rate,
       count(*) filter (where kind = 'quantitative' and status = 'met')::integer as quantitative_met,
       100.0 * count(*) filter (where kind = 'quantitative' and status = 'met')
           / nullif(count(*) filter (where kind = 'quantitative'), 0) as quantitative_met_rate,
       count(*) filter (where kind = 'qualitative' and status = 'met')::integer as qualitative_met,
       100.0 * count(*) filter (where kind = 'qualitative' and status = 'met')
           / nullif(count(*) filter (where kind = 'qualitative'), 0) as qualitative_met_rate
from indicator_status
group by grouping sets ((plan_code, year, region_code, domain_code), (plan_code, year, region_code))
order by plan_code, year, region_code, domain_code nulls first;
