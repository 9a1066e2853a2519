-- HTML report, summary cards: the 达标 tally of each plan for the report year and region (the city by default).
-- Grain: one row per plan. Parameters: year, plan (NULL: all), region (the report's region: --region, or the root).
with params as (
    select ?::integer as year, ?::varchar as plan,
           ?::varchar as region
)

select s.plan_code, p.short_name, p.plan_name, r.region_name, s.indicators, s.achieved as met,
       s.indicators - s.achieved - s.no_data as unmet, s.no_data, s.met_rate,
       s.quantitative, s.quantitative_met, s.quantitative_met_rate,
       s.qualitative, s.qualitative_met, s.qualitative_met_rate
from report_summary as s
join params on s.year = params.year and s.region_code = params.region
join dim_plan as p using (plan_code)
join dim_region as r on r.region_code = s.region_code
where s.domain_code is null and (params.plan is null or s.plan_code = params.plan)
order by s.plan_code desc;
