-- indicator_status: every indicator of every plan, for every region and every plan year, held against its target.
-- Grain: one row per plan × indicator × region (series code) × year × sex × area, baseline year to target year: the
-- headline row (sex T, area total) of every indicator, and a row per breakdown value of an indicator monitored by
-- breakdowns (dim_indicator_breakdown: 城市, 农村, 女, 男).
-- status: met (达标) / basically_met (基本实现) / unmet (未达标) / no_data (无数据). Quantitative indicators compare
-- their value with the target (at 6 decimals, so that 20.000000000000004 is not "above 20"); a value that misses
-- it by no more than the catalog's tolerance is basically_met (NBS: 孕产妇死亡率 20.1 against ≤20); qualitative
-- indicators take the assessment of the 妇儿工委办; an indicator without a value or an assessment is no_data.
-- A target stated against the baseline (儿童伤害死亡率以2020年为基数下降20%) is each region's own baseline value so
-- changed; without a baseline value it cannot be judged (no_data).
-- The plan's target applies to the headline row. A breakdown row is held against the target the catalog gives its
-- value (breakdown_targets: 农村 ≤25/10万); without one it is no_target (不设目标): shown, never judged, and never
-- counted (report_summary and the 达标率 count headline rows only).
-- no_data_reason splits 无数据 as local reports do: no_source (取数困难: no configured layout carries an element the
-- indicator is computed from, and none has ever arrived; a qualitative one without an assessment layout) or
-- not_reported (未填报: a layout carries it, but no file came or the value was missing); a value held against a target
-- stated against the baseline, where the region has no baseline value, is no_baseline (基期无数据: the year was
-- reported, the baseline year was not), so that no report calls a reported value 未填报.

-- How a value stands against a target: met / basically_met (misses it by no more than the tolerance) / unmet, or
-- no_data without a value or a target. Compared at 6 decimals. report_evaluation holds the 2025 values against the
-- interim targets with it too, so the comparison is written once.
create macro target_status(value, op, low, high, tolerance) as
    case
        when value is null then 'no_data'
        when low is null then 'no_data'
        when op = '>=' and round(value, 6) >= low then 'met'
        when op = '>' and round(value, 6) > low then 'met'
        when op = '<=' and round(value, 6) <= low then 'met'
        when op = '<' and round(value, 6) < low then 'met'
        when op = 'between' and round(value, 6) between low and high then 'met'
        when tolerance > 0 and op in ('>=', '>') and round(value, 6) >= low - tolerance then 'basically_met'
        when tolerance > 0 and op in ('<=', '<') and round(value, 6) <= low + tolerance then 'basically_met'
        when tolerance > 0 and op = 'between' and round(value, 6) between low - tolerance and high + tolerance
            then 'basically_met'
        else 'unmet'
    end;

-- What a value still lacks (positive) or exceeds the target by (negative), in the indicator's unit; inside a range,
-- minus the distance to its nearer bound.
create macro target_gap(value, op, low, high) as
    case
        when value is null or low is null then null
        when op in ('>=', '>') then low - value
        when op in ('<=', '<') then value - low
        when value < low then low - value
        when value > high then value - high
        else -least(value - low, high - value)
    end;

create table indicator_status as
-- every current region code; a zone only once some export has a row for it (a zone no department reports on
-- separately would be a row of 无数据 in every table)
with series_regions as (
    select region_code, region_name, level
    from dim_region
    where successor_code is null
      and (level <> 'zone'
           or region_code in (select r.series_code
                              from dim_region as r
                              where r.region_code in (select region_code from fact_data_value
                                                      union select region_code from fact_assessment)))
),

-- every series (indicator row × region) with its value in the plan's baseline year and what a target against the
-- baseline is; joined to the years only afterwards, so that the baseline is looked up once per series, not per year
series as (
    select i.plan_code, p.baseline_year, r.region_code, k.sex, k.area, i.domain_code, i.indicator_code,
           i.kind, b.value as baseline_value,
           k.breakdown <> 'total' and k.target_op is null as without_target, k.target_op,
           coalesce(k.target_low, round(b.value * (1 + k.target_baseline_change / 100), 6)) as target_low,
           coalesce(k.target_high, round(b.value * (1 + k.target_baseline_change / 100), 6)) as target_high,
           coalesce(k.target_tolerance, 0) as tolerance,
           k.target_baseline_change is not null and b.value is null as baseline_missing
    from dim_indicator as i
    join dim_indicator_breakdown as k using (plan_code, indicator_code)
    join dim_plan as p using (plan_code)
    cross join series_regions as r
    left join indicator_value as b
        on b.plan_code = i.plan_code
        and b.indicator_code = i.indicator_code and b.region_code = r.region_code and b.year = p.baseline_year
        and b.sex = k.sex and b.area = k.area
),

-- year stays a BIGINT, the type of year in every report table since the first schema
grid as (
    select s.*, y.year::bigint as year
    from series as s
    join dim_plan_year as y using (plan_code)
),

assessments as (
    select a.year, r.series_code as region_code, a.indicator_code, max(a.status) as status, max(a.note) as note
    from fact_assessment as a
    join dim_region as r using (region_code)
    group by all
),

-- whether anybody can report the indicator yet, each breakdown row from its own elements (see no_data_reason
-- above); a long layout carries any element, so an element that has arrived from any source counts as carried
reportable as (
    select i.plan_code, i.indicator_code, k.sex, k.area,
           if(i.kind = 'qualitative', exists (select 1 from dim_source where table_name = 'assessment'),
              coalesce(bool_and(exists (select 1 from dim_source_element as e
                                        where e.element_code = p.element_code and e.sex is not distinct from p.sex
                                          and e.area is not distinct from p.area
                                          and e.age_group is not distinct from p.age_group)
                                or p.element_code in (select element from fact_data_value)), false)) as carried
    from dim_indicator as i
    join dim_indicator_breakdown as k using (plan_code, indicator_code)
    left join dim_indicator_part as p
        on p.plan_code = i.plan_code and p.indicator_code = i.indicator_code
        and p.indicator_sex = k.sex and p.indicator_area = k.area
    group by i.plan_code, i.indicator_code, i.kind, k.sex, k.area
),

judged as (
    select g.*, v.value, v.numerator, v.denominator, a.note as assessment_note,
           vp.value as previous_value,
           case
               when g.kind = 'qualitative' then coalesce(a.status, 'no_data')
               when g.without_target then 'no_target'
               else target_status(v.value, g.target_op, g.target_low, g.target_high, g.tolerance)
           end as status
    from grid as g
    left join indicator_value as v using (plan_code, indicator_code, region_code, year, sex, area)
    -- the same series in the previous year (from the baseline on)
    left join indicator_value as vp
        on vp.plan_code = g.plan_code and vp.indicator_code = g.indicator_code and vp.region_code = g.region_code
        and vp.sex = g.sex and vp.area = g.area and vp.year = g.year - 1 and g.year > g.baseline_year
    left join assessments as a
        on g.kind = 'qualitative' and a.indicator_code = g.indicator_code
        and a.region_code = g.region_code and a.year = g.year
)

select plan_code, year, region_code, sex, area, domain_code, indicator_code, kind, value, numerator, denominator,
       target_op, target_low, target_high, status,
       case status
           when 'met' then '达标' when 'basically_met' then '基本实现' when 'unmet' then '未达标'
           when 'no_target' then '不设目标' else '无数据'
       end as status_label,
       status = 'met' or (status = 'basically_met' and ${basically_met_counts}) as counts_as_met,
       if(kind = 'qualitative', 'assessment', 'computed') as status_basis,
       assessment_note,
       case
           when status <> 'no_data' then null
           when value is not null and baseline_missing then 'no_baseline'
           when carried then 'not_reported'
           else 'no_source'
       end as no_data_reason,
       baseline_value, previous_value
from judged
join reportable using (plan_code, indicator_code, sex, area);
