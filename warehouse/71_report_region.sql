-- report_region: every region of each plan and year ranked by 达标率 (the convention of report_summary) among its
-- siblings — the regions of its level under the same parent: counties within their city, cities within their
-- province, zones within their city — with their unmet indicators; the root's row is kept, unranked, for comparison.
-- Grain: one row per plan × year × region (series code). rank_in_plan: 1 = highest 达标率 among the siblings
-- (ties share a rank); a region without a rate (over the monitorable indicators, none monitorable) has none, rather
-- than the last. Like report_summary, it counts and lists each indicator once, by its headline row.

create table report_region as
with plan_totals as (
    select *
    from report_summary
    where domain_code is null
),

region_tree as (
    select *,
           case region_level when 'country' then 0 when 'province' then 1 when 'city' then 2 when 'county' then 3
                else 4 end as level_order
    from dim_region_parent
),

unmet_lists as (
    select plan_code, year, region_code, string_agg(unmet_text, '；' order by indicator_order) as unmet_indicators
    from unmet_indicator
    group by all
)

select s.plan_code, s.year, s.region_code, r.region_name, r.region_level, r.parent_code,
       s.indicators, s.met, s.basically_met, s.unmet, s.no_data, s.achieved, s.met_rate,
       s.quantitative_met_rate, s.qualitative_met_rate,
       if(r.parent_code is null or s.met_rate is null, null,
          rank() over (partition by s.plan_code, s.year, r.parent_code, r.region_level order by s.met_rate desc))::integer
           as rank_in_plan,
       u.unmet_indicators
from plan_totals as s
join region_tree as r on r.region_code = s.region_code
left join unmet_lists as u on u.plan_code = s.plan_code and u.year = s.year and u.region_code = s.region_code
order by s.plan_code, s.year, r.parent_code is not null, r.level_order, r.parent_code, rank_in_plan, s.region_code;
