-- report_gap: the 城乡差距 and the 性别差距 of every indicator monitored by area or by sex, derived here from its
-- breakdown rows, never reported: on area the rural value minus the urban one (农村 − 城市, as the reports state the
-- 城乡差距: 孕产妇死亡率 农村 18.5, 城市 14.1, 差距 4.4/10万), on sex the female value minus the male one (女 − 男).
-- Grain: one row per plan × region (series code) × indicator × year × dimension (area | sex), every plan year of the
-- report_indicator grid (values NULL without data).
-- gap is in the indicator's unit: for a rate a difference in its own points (个十万分点 for 1/10万, gap_unit), never
-- a percentage; gap_ratio is compared ÷ reference (农村是城市的1.31倍), NULL when the reference is 0.
-- gap_change_vs_previous is the change of the gap on the previous year, in the same points (the gap narrowed when
-- its absolute value fell: gap_narrowed).

create table report_gap as
with breakdown_values as (
    select r.plan_code, r.year, r.region_code, r.indicator_code, k.breakdown as dimension, k.breakdown_order,
           r.value
    from indicator_report as r
    join dim_indicator_breakdown as k
        on k.plan_code = r.plan_code and k.indicator_code = r.indicator_code and k.sex = r.sex and k.area = r.area
    where k.breakdown <> 'total'
),

-- the two sides of each dimension: the reference (城市, 男) and the one compared with it (农村, 女)
sides as (
    select plan_code, year, region_code, indicator_code, dimension,
           any_value(value) filter (where breakdown_order in (1, 4)) as reference_value,
           any_value(value) filter (where breakdown_order in (2, 3)) as compared_value
    from breakdown_values
    group by all
),

gaps as (
    select s.*, s.compared_value - s.reference_value as gap
    from sides as s
),

with_previous as (
    select g.*, prev.gap as previous_gap
    from gaps as g
    left join gaps as prev
        on prev.plan_code = g.plan_code and prev.region_code = g.region_code
        and prev.indicator_code = g.indicator_code and prev.dimension = g.dimension and prev.year = g.year - 1
)

select g.plan_code, g.year, h.region_code, h.region_name, h.region_level, h.parent_code, h.domain_code,
       g.indicator_code, h.indicator_name, h.unit, g.dimension,
       if(g.dimension = 'area', '城乡', '性别') as dimension_name,
       h.value as total_value,
       if(g.dimension = 'area', '城市', '男') as reference_label, g.reference_value,
       if(g.dimension = 'area', '农村', '女') as compared_label, g.compared_value,
       g.gap,
       point_word(h.unit) as gap_unit,
       if(g.reference_value = 0, null, g.compared_value / g.reference_value) as gap_ratio,
       g.previous_gap,
       g.gap - g.previous_gap as gap_change_vs_previous,
       abs(g.gap) < abs(g.previous_gap) as gap_narrowed,
       case
           when g.gap is null then null
           when lg_round(g.gap, ${rounding_decimals}) = 0
               then if(g.dimension = 'area', '城乡持平', '男女持平')
           else if(g.dimension = 'area', '农村', '女') || if(g.gap > 0, '高于', '低于')
               || if(g.dimension = 'area', '城市', '男') || lg_text(abs(g.gap), ${rounding_decimals})
               || point_word(h.unit)
       end as gap_text,
       h.indicator_order
from with_previous as g
join indicator_report as h
    on h.plan_code = g.plan_code and h.year = g.year and h.region_code = g.region_code
    and h.indicator_code = g.indicator_code and h.sex = 'T' and h.area = 'total'
order by g.plan_code, g.year, h.region_code, h.indicator_order, g.dimension;
