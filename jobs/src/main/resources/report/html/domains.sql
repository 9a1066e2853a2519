-- HTML report, 达标率 by domain (领域) of each plan for the report year and region.
-- Grain: one row per plan × domain.
-- Parameters: year, plan (NULL: all), region (the report's region: --region, or the root).
with params as (
    select ?::integer as year, ?::varchar as plan,
           ?::varchar as region
)

select s.plan_code, d.domain_name, s.indicators, s.achieved as met, s.met_rate
from report_summary as s
join params on s.year = params.year and s.region_code = params.region
join dim_domain as d using (plan_code, domain_code)
where params.plan is null or s.plan_code = params.plan
order by s.plan_code desc, d.domain_order;
