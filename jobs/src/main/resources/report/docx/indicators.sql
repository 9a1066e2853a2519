-- Word report, every indicator of the report year and region in its plan's order, with the phrases report_indicator
-- prints (so the document and the tables never disagree): the headline row (合计), and its breakdown rows (城市/农村,
-- 女/男) joined into one phrase, e.g. "城市14.1、农村18.5". Grain: one row per plan × indicator.
-- flags: the headline figure's value flags (p 暂定数, r 修订数, E 慎用; the legend ends the document).
-- Parameters: year, plan (NULL: all), region (the report's region: --region, or the root).
with params as (
    select ?::integer as year, ?::varchar as plan,
           ?::varchar as region,
           (select value::integer from report_setting where setting = 'rounding_decimals') as decimals
),

breakdowns as (
    select i.plan_code, i.indicator_code,
           -- each value as the report prints it: rounded to its decimals, without trailing zeros (14.10 → 14.1)
           string_agg(i.breakdown_label || lg_text(i.value, params.decimals),
                      '、' order by i.area = 'total', i.area desc, i.sex) as breakdown_text
    from report_indicator as i
    join params on i.year = params.year and i.region_code = params.region
    where not (i.sex = 'T' and i.area = 'total') and i.value is not null
    group by all
)

select i.plan_code, i.domain_code, i.domain_name, i.indicator_code, i.indicator_name, i.unit, i.kind, i.value,
       i.target_text, i.change_text, i.change_text_previous, i.change_text_baseline, i.gap_text, i.status,
       i.status_code, i.counts_as_met, i.assessment_note, i.no_data_reason, i.responsible_departments,
       b.breakdown_text, i.flags
from report_indicator as i
join params on i.year = params.year and i.region_code = params.region
left join breakdowns as b using (plan_code, indicator_code)
where (params.plan is null or i.plan_code = params.plan) and i.sex = 'T' and i.area = 'total'
order by i.plan_code desc, i.indicator_order;
