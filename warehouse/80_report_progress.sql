-- report_progress: will each target be met by the target year? The Open SDG / Statistics Canada method
-- (shared/reference/peers.md §2.3 A): from the base value y0 (the baseline year, or the first later year with
-- data) and the latest value yt (the last year with data up to the as-of year):
--   CAGR observed = (yt / y0)^(1 / (t - t0)) - 1,  CAGR required = (yT / y0)^(1 / (T - t0)) - 1,
--   R = d × CAGR observed / |CAGR required|, d = +1 where higher is better, -1 where lower is better;
--   target_achieved when yt meets the target, else R ≥ on-track threshold (0.95): on_track; ≥ 0.60:
--   acceleration_needed; ≥ 0: limited_progress; < 0: deterioration. Zero values are taken as 0.001, as Open SDG.
-- projected_value continues the observed CAGR to the target year (none from a base of zero). Range targets
-- (between) are not assessed.
-- Grain: one row per plan × quantitative indicator with a target × region (series code) × as-of year (baseline
-- year + 1 … target year), so a 中期 report (as of 2015) shows the outlook it had then. The outlook is toward the
-- plan's target, so of the headline row (合计) only.

create table report_progress as
with targets as (
    select plan_code, indicator_code, indicator_name, domain_code, unit, target_op, target_low as target_value,
           target_text, if(target_op in ('>=', '>'), 1, -1) as direction, indicator_order
    from dim_indicator
    where kind = 'quantitative' and target_op in ('>=', '>', '<=', '<') and target_low is not null
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

rates as (
    select s.*, t.direction, t.target_value,
           if(s.latest_year > s.base_year,
              pow(greatest(s.latest_value, 0.001) / greatest(s.base_value, 0.001), 1.0 / (s.latest_year - s.base_year))
                  - 1, null) as cagr_observed,
           pow(greatest(t.target_value, 0.001) / greatest(s.base_value, 0.001), 1.0 / (s.target_year - s.base_year))
               - 1 as cagr_required
    from spans as s
    join targets as t using (plan_code, indicator_code)
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
       if(j.progress_status = 'not_available', '基期后尚无第二个有数据的年份', null) as progress_note,
       t.indicator_order
from judged as j
join targets as t using (plan_code, indicator_code)
join dim_region as g on g.region_code = j.region_code
left join dim_region as gp on gp.region_code = g.parent_code
order by j.plan_code, j.as_of_year, j.region_code, t.indicator_order;

-- Data dictionary (lianggang dictionary prints it): 中文标题｜English description.
comment on table report_progress is '目标实现预判｜will each target be met by the target year (Open SDG / StatCan CAGR method)';
comment on column report_progress.plan_code is '规划代码｜plan code (women-2011-2020, children-2011-2020)';
comment on column report_progress.region_code is '地区代码｜region code (GB/T 2260); in results the series code, e.g. 450206 for 柳江 in every year';
comment on column report_progress.region_name is '地区｜region name';
comment on column report_progress.region_level is '地区级别｜country, province, city, county or zone';
comment on column report_progress.parent_code is '上级代码｜series code of the parent region (NULL for the root: its parent lies outside the warehouse)';
comment on column report_progress.domain_code is '领域代码｜domain code (W1 … W7, C1 … C4); NULL in report_summary = the whole plan';
comment on column report_progress.indicator_code is '指标代码｜indicator code';
comment on column report_progress.indicator_name is '指标名称｜indicator name';
comment on column report_progress.unit is '计量单位｜unit (%, ‰, 1/10万, 岁 …)';
comment on column report_progress.indicator_order is '指标序号｜order of the indicator in its plan';
comment on column report_progress.as_of_year is '评估年份｜outlook as of this year (data up to it)';
comment on column report_progress.target_op is '目标比较符｜target comparator';
comment on column report_progress.target_value is '目标值｜target value';
comment on column report_progress.target_text is '目标｜the target as the plan words it';
comment on column report_progress.target_year is '目标年份｜target year';
comment on column report_progress.direction is '方向｜+1 higher is better, -1 lower is better';
comment on column report_progress.base_year is '基准年份｜base year (baseline, or the first later year with data)';
comment on column report_progress.base_value is '基准值｜value in the base year';
comment on column report_progress.latest_year is '最新年份｜latest year with data up to the as-of year';
comment on column report_progress.latest_value is '最新值｜value in the latest year';
comment on column report_progress.cagr_observed is '实际年均增速｜observed compound annual growth rate';
comment on column report_progress.cagr_required is '所需年均增速｜CAGR required to reach the target';
comment on column report_progress.progress_ratio is '进度比R｜R = direction × CAGR observed ÷ |CAGR required|';
comment on column report_progress.projected_value is '预计目标年值｜latest value continued at the observed CAGR to the target year (none from a zero base)';
comment on column report_progress.progress_status is '进展代码｜target_achieved, on_track, acceleration_needed, limited_progress, deterioration, not_available';
comment on column report_progress.progress_label is '进展情况｜已实现目标, 按期可实现, 需加快进度, 进展有限, 出现倒退, 无法判断';
comment on column report_progress.progress_note is '说明｜why no outlook';
