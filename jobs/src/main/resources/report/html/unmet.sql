-- HTML report, the unmet indicators (未达标) of the report year and region, with their value, target and the
-- departments responsible (目标责任分解), which level's target applied and whether it is verified (※: not
-- confirmed by the sources at hand); headline rows (合计) only, as the 达标率 counts them.
-- flags: the figure's value flags (report_indicator.flags: p 暂定数, r 修订数, E 慎用), with their legend on the page.
-- Grain: one row per plan × unmet indicator.
-- Parameters: year, plan (NULL: all), region (the report's region: --region, or the root).
with params as (
    select ?::integer as year, ?::varchar as plan,
           ?::varchar as region
)

select p.short_name, d.domain_name, i.indicator_code, i.indicator_name, i.unit, s.value,
       i.target_text || if(i.target_verified, '', '※') as target_text,
       case i.target_source when 'national' then '国家' when 'region' then '自治区' else '本市' end as target_source,
       not i.target_verified as unverified, i.departments, r.flags
from indicator_status as s
join params on s.year = params.year and s.region_code = params.region
join dim_indicator as i using (plan_code, indicator_code)
join dim_domain as d on d.plan_code = i.plan_code and d.domain_code = i.domain_code
join dim_plan as p on p.plan_code = s.plan_code
left join report_indicator as r
    on r.plan_code = s.plan_code and r.indicator_code = s.indicator_code and r.year = s.year
    and r.region_code = s.region_code and r.sex = s.sex and r.area = s.area
where not s.counts_as_met and s.status <> 'no_data' and s.sex = 'T' and s.area = 'total'
  and (params.plan is null or s.plan_code = params.plan)
order by s.plan_code desc, i.indicator_order;
