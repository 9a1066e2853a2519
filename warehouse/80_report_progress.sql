-- report_progress: will each target be met by the target year? The Open SDG / Statistics Canada method
-- (shared/reference/peers.md §2.3 A): from the base value y0 (the baseline year, or the first later year with
-- data) and the latest value yt (the last year with data up to the as-of year):
--   CAGR observed = (yt / y0)^(1 / (t - t0)) - 1,  CAGR required = (yT / y0)^(1 / (T - t0)) - 1,
--   R = d × CAGR observed / |CAGR required|, d = +1 where higher is better, -1 where lower is better;
--   target_achieved when yt meets the target, else R ≥ on-track threshold (0.95): on_track; ≥ 0.60:
--   acceleration_needed; ≥ 0: limited_progress; < 0: deterioration. Zero values are taken as 0.001, as Open SDG.
-- projected_value continues the observed CAGR to the target year (none from a base of zero). Range targets
-- (between) are not assessed. A target stated against the baseline (以2020年为基数下降20%) is each region's own,
-- as indicator_status holds it; a region without a baseline value has none, and its outlook cannot be judged
-- (无法判断, progress_note says why).
-- Grain: one row per plan × quantitative indicator with a target × region (series code) × as-of year (baseline
-- year + 1 … target year), so a 中期 report (as of 2015) shows the outlook it had then. The outlook is toward the
-- plan's target, so of the headline row (合计) only.

create table report_progress as
with targets as (
    select plan_code, indicator_code, indicator_name, domain_code, unit, target_op, target_low as target_value,
           target_text, if(target_op in ('>=', '>'), 1, -1) as direction, indicator_order
    from dim_indicator
    where kind = 'quantitative' and target_op in ('>=', '>', '<=', '<')
      and (target_low is not null or target_baseline_change is not null)
),

-- each series' target: the catalog's, or the one stated against its own baseline value (the same in every year)
series_targets as (
    select plan_code, indicator_code, region_code, max(target_low) as target_value
    from indicator_status
    where kind = 'quantitative' and sex = 'T' and area = 'total'
    group by all
),

as_of_years as (
    select plan_code, baseline_year, target_year, unnest(range(baseline_year + 1, target_year + 1)) as as_of_year
    from dim_plan
),

observations as (
    select plan_code, indicator_code, region_code, year, value, status as status_code
    from indicator_status
    where value is not null and kind = 'quantitative' and sex = 'T' and area = 'total'
),

-- each series' base: its first year with data (every observation lies in its plan's years, from the baseline on)
bases as (
    select plan_code, indicator_code, region_code, min(year) as base_year, arg_min(value, year) as base_value
    from observations
    group by all
),

-- each series at each as-of year: its latest observation up to that year (none before its first one)
spans as (
    select a.plan_code, a.as_of_year, a.target_year, b.indicator_code, b.region_code, b.base_year, b.base_value,
           o.year as latest_year, o.value as latest_value, o.status_code as latest_status
    from as_of_years as a
    join bases as b using (plan_code)
    semi join targets as t on t.plan_code = b.plan_code and t.indicator_code = b.indicator_code
    asof join observations as o
        on o.plan_code = b.plan_code and o.indicator_code = b.indicator_code and o.region_code = b.region_code
        and o.year <= a.as_of_year
),

-- each series' target: the catalog's, or its own against its baseline value (none without one)
targeted as (
    select s.*, t.direction, coalesce(t.target_value, g.target_value) as target_value
    from spans as s
    join targets as t using (plan_code, indicator_code)
    left join series_targets as g using (plan_code, indicator_code, region_code)
),

rates as (
    select s.*,
           if(s.latest_year > s.base_year,
              pow(greatest(s.latest_value, 0.001) / greatest(s.base_value, 0.001), 1.0 / (s.latest_year - s.base_year))
                  - 1, null) as cagr_observed,
           -- greatest() skips a NULL: without a target no rate is required (not one toward 0.001)
           case when s.target_value is not null
                then pow(greatest(s.target_value, 0.001) / greatest(s.base_value, 0.001),
                         1.0 / (s.target_year - s.base_year)) - 1 end as cagr_required
    from targeted as s
),

ratios as (
    select r.*,
           if(r.cagr_observed is null or r.cagr_required = 0, null,
              r.direction * r.cagr_observed / abs(r.cagr_required)) as progress_ratio
    from rates as r
),

judged as (
    select r.*,
           case
               when r.latest_status = 'met' then 'target_achieved'
               when r.progress_ratio is null then 'not_available'
               when r.progress_ratio >= ${progress_on_track} then 'on_track'
               when r.progress_ratio >= ${progress_acceleration_needed} then 'acceleration_needed'
               when r.progress_ratio >= 0 then 'limited_progress'
               else 'deterioration'
           end as progress_status
    from ratios as r
)

select j.plan_code, j.as_of_year, j.region_code, g.region_name, g.level as region_level,
       gp.series_code as parent_code, t.domain_code, j.indicator_code, t.indicator_name,
       t.unit, t.target_op, j.target_value, t.target_text, j.target_year, j.direction,
       j.base_year, j.base_value, j.latest_year, j.latest_value,
       j.cagr_observed, j.cagr_required, j.progress_ratio,
       -- from a base of zero (taken as 0.001) the growth rate means nothing as a projection
       if(j.cagr_observed is null or j.base_value <= 0, null,
          j.latest_value * pow(1 + j.cagr_observed, j.target_year - j.latest_year)) as projected_value,
       j.progress_status,
       case j.progress_status
           when 'target_achieved' then '已实现目标'
           when 'on_track' then '按期可实现'
           when 'acceleration_needed' then '需加快进度'
           when 'limited_progress' then '进展有限'
           when 'deterioration' then '出现倒退'
           else '无法判断'
       end as progress_label,
       case
           when j.progress_status <> 'not_available' then null
           when j.target_value is null then '基期无数据，以基期为基数的目标无法确定'
           else '基期后尚无第二个有数据的年份'
       end as progress_note,
       t.indicator_order
from judged as j
join targets as t using (plan_code, indicator_code)
join dim_region as g on g.region_code = j.region_code
left join dim_region as gp on gp.region_code = g.parent_code
order by j.plan_code, j.as_of_year, j.region_code, t.indicator_order;
