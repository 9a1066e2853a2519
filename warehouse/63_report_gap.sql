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

-- Data dictionary (lianggang dictionary prints it): 中文标题｜English description.
comment on table report_gap is '城乡·性别差距｜per indicator monitored by area or sex: both values, the gap (农村 − 城市, 女 − 男) and its change on the previous year';
comment on column report_gap.plan_code is '规划代码｜plan code';
comment on column report_gap.year is '年份｜report year';
comment on column report_gap.region_code is '地区代码｜region code (GB/T 2260); in results the series code';
comment on column report_gap.region_name is '地区｜region name';
comment on column report_gap.region_level is '地区级别｜country, province, city, county or zone';
comment on column report_gap.parent_code is '上级代码｜series code of the parent region (NULL for the root)';
comment on column report_gap.domain_code is '领域代码｜domain code';
comment on column report_gap.indicator_code is '指标代码｜indicator code';
comment on column report_gap.indicator_name is '指标名称｜indicator name';
comment on column report_gap.unit is '计量单位｜unit of the values (%, ‰, 1/10万 …)';
comment on column report_gap.dimension is '分组维度｜area (城乡) or sex (性别)';
comment on column report_gap.dimension_name is '差距类别｜城乡 or 性别';
comment on column report_gap.total_value is '合计值｜the headline value (合计)';
comment on column report_gap.reference_label is '参照组｜城市 (area) or 男 (sex)';
comment on column report_gap.reference_value is '参照组值｜value of the urban (or male) row';
comment on column report_gap.compared_label is '比较组｜农村 (area) or 女 (sex)';
comment on column report_gap.compared_value is '比较组值｜value of the rural (or female) row';
comment on column report_gap.gap is '差距｜compared − reference (农村 − 城市, 女 − 男), in the indicator''s unit';
comment on column report_gap.gap_unit is '差距单位｜the points the gap is in (个百分点, 个千分点, 个十万分点 …)';
comment on column report_gap.gap_ratio is '比较组÷参照组｜compared ÷ reference (农村是城市的 … 倍); NULL when the reference is 0';
comment on column report_gap.previous_gap is '上年差距｜the gap in the previous year';
comment on column report_gap.gap_change_vs_previous is '差距比上年变化｜gap − previous gap, in the gap''s points';
comment on column report_gap.gap_narrowed is '差距缩小｜the gap''s absolute value fell on the previous year';
comment on column report_gap.gap_text is '差距表述｜e.g. 农村高于城市4.4个十万分点';
comment on column report_gap.indicator_order is '指标序号｜order of the indicator in its plan';
