-- HTML report, 达标率 of the regions directly below the report region (a city's counties, a province's cities) of
-- each plan for the report year, best first; for a region with none below it (a county), the regions beside it.
-- Regions are the current ones (柳江区, not 柳江县). Grain: one row per plan × region shown. The bars and the map
-- both draw these rows: parent_code names the map (report/geo/<parent_code>.json), region_code its feature;
-- unmet as the summary cards count it (plans.sql).
-- Parameters: year, plan (NULL: all), region (the report's region: --region, or the root).
with params as (
    select ?::integer as year, ?::varchar as plan,
           ?::varchar as region
),

-- current regions with their parent's series code
tree as (
    select r.region_code, r.region_name, p.series_code as parent_code
    from dim_region as r
    left join dim_region as p on p.region_code = r.parent_code
    where r.successor_code is null
),

shown_parent as (
    select coalesce(
               (select any_value(t.parent_code) from tree as t join params on t.parent_code = params.region),
               (select any_value(t.parent_code) from tree as t join params on t.region_code = params.region))
           as parent_code
)

select s.plan_code, s.region_code, r.region_name, r.parent_code, s.achieved as met,
       s.indicators - s.achieved - s.no_data as unmet, s.no_data, s.indicators, s.met_rate
from report_summary as s
join params on s.year = params.year
join tree as r on r.region_code = s.region_code and r.parent_code = (select parent_code from shown_parent)
where s.domain_code is null and (params.plan is null or s.plan_code = params.plan)
order by s.plan_code desc, s.met_rate desc, s.region_code;
