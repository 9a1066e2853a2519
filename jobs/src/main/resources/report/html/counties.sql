-- HTML report, 达标率 by county (县区) of each plan for the report year, best first. Counties are the current ones
-- (柳江区, not 柳江县), whatever region the report is for. Grain: one row per plan × county.
-- Parameters: year, plan (NULL: all), region (unused: all counties).
with params as (
    select ?::integer as year, ?::varchar as plan,
           coalesce(?::varchar, (select min(region_code) from dim_region where level = 'city')) as region
)

select s.plan_code, r.region_name, s.met, s.indicators, s.met_rate
from report_summary as s
join params on s.year = params.year
join dim_region as r on r.region_code = s.region_code and r.level = 'county' and r.successor_code is null
where s.domain_code is null and (params.plan is null or s.plan_code = params.plan)
order by s.plan_code desc, s.met_rate desc, s.region_code;
