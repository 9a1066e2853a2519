-- Word report, one section per domain (领域) of each plan, in the catalog's order, with the tallies of its
-- domain_overview sentence and the 分领域 table. Grain: one row per plan × domain.
-- Parameters: year, plan (NULL: all), region (the report's region: --region, or the root).
with params as (
    select ?::integer as year, ?::varchar as plan,
           ?::varchar as region
),

qualitative_tallies as (
    select i.plan_code, i.domain_code,
           count(*) filter (where not i.counts_as_met and i.status_code <> 'no_data') as qualitative_unmet,
           count(*) filter (where i.status_code = 'no_data') as qualitative_no_data
    from report_indicator as i
    join params on i.year = params.year and i.region_code = params.region
        and i.sex = 'T' and i.area = 'total'
    where i.kind = 'qualitative'
    group by all
)

select s.plan_code, p.short_name, s.domain_code, d.domain_name, d.domain_order, s.indicators,
       s.achieved as met, s.indicators - s.achieved - s.no_data as unmet, s.no_data, s.met_rate,
       s.quantitative, s.qualitative, s.qualitative_met,
       coalesce(q.qualitative_unmet, 0) as qualitative_unmet,
       coalesce(q.qualitative_no_data, 0) as qualitative_no_data
from report_summary as s
join params on s.year = params.year and s.region_code = params.region
join dim_domain as d using (plan_code, domain_code)
join dim_plan as p using (plan_code)
left join qualitative_tallies as q using (plan_code, domain_code)
where params.plan is null or s.plan_code = params.plan
order by s.plan_code desc, d.domain_order;
