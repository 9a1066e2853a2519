-- Word report, every indicator of the report year and region in its plan's order, with the phrases report_indicator
-- prints (so the document and the tables never disagree). Grain: one row per plan × indicator.
-- Parameters: year, plan (NULL: all), region (NULL: the root).
with params as (
    select ?::integer as year, ?::varchar as plan,
           coalesce(?::varchar, (select min(r.region_code) from dim_region as r where r.successor_code is null
                              and (r.parent_code is null
                                   or r.parent_code not in (select region_code from dim_region)))) as region
)

select i.plan_code, i.domain_code, i.domain_name, i.indicator_code, i.indicator_name, i.unit, i.kind, i.value,
       i.target_text, i.change_text, i.change_text_previous, i.change_text_baseline, i.gap_text, i.status,
       i.status_code, i.counts_as_met, i.assessment_note, i.responsible_departments
from report_indicator as i
join params on i.year = params.year and i.region_code = params.region
where params.plan is null or i.plan_code = params.plan
order by i.plan_code desc, i.indicator_order;
