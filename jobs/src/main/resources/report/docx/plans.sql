-- Word report, 总体情况 of each plan for the report year and region (the root by default): the tallies the
-- plan_overview sentence prints, split into quantitative and qualitative as the seed report does.
-- Grain: one row per plan. Parameters: year, plan (NULL: all), region (the report's region: --region, or the root).
with params as (
    select ?::integer as year, ?::varchar as plan,
           ?::varchar as region
),

tallies_by_kind as (
    select i.plan_code,
           count(*) filter (where i.kind = 'quantitative' and not i.counts_as_met
                            and i.status_code <> 'no_data') as quantitative_unmet,
           count(*) filter (where i.kind = 'quantitative' and i.status_code = 'no_data') as quantitative_no_data,
           count(*) filter (where i.kind = 'qualitative' and not i.counts_as_met
                            and i.status_code <> 'no_data') as qualitative_unmet,
           count(*) filter (where i.kind = 'qualitative' and i.status_code = 'no_data') as qualitative_no_data
    from report_indicator as i
    join params on i.year = params.year and i.region_code = params.region
        and i.sex = 'T' and i.area = 'total'
    group by i.plan_code
),

domain_counts as (
    select plan_code, count(*) as domains from dim_domain group by plan_code
)

select s.plan_code, p.short_name, p.plan_name, r.region_name, s.year, d.domains, s.indicators,
       s.achieved as met, s.indicators - s.achieved - s.no_data as unmet, s.no_data, s.met_rate,
       s.quantitative, s.quantitative_met, t.quantitative_unmet, t.quantitative_no_data, s.quantitative_met_rate,
       s.qualitative, s.qualitative_met, t.qualitative_unmet, t.qualitative_no_data, s.qualitative_met_rate
from report_summary as s
join params on s.year = params.year and s.region_code = params.region
join dim_plan as p using (plan_code)
join dim_region as r on r.region_code = s.region_code
join domain_counts as d using (plan_code)
join tallies_by_kind as t using (plan_code)
where s.domain_code is null and (params.plan is null or s.plan_code = params.plan)
order by s.plan_code desc;
