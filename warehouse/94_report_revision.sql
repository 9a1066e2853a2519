-- report_revision: 本版与上一版相比的变化 — every figure of report_indicator that differs from the year's latest
-- published vintage (vintage_indicator): its value, numerator or denominator as the report prints them (rounded to
-- the report's decimals), or its status; a figure there and not here, or here and not there, too. It is what the next
-- publication of the year lists as its changes (and keeps in its vintage, vintage_revision), and what marks a figure
-- r (revised) in report_indicator.flags. A year never published has no rows: its first vintage compares with none.
-- Grain: one row per year × plan × region × indicator × sex × area that changed.

create table report_revision as
with latest as (
    select year, max(vintage) as vintage
    from vintage
    group by year
),

published as (
    select v.*
    from vintage_indicator as v
    join latest using (year, vintage)
),

current_figures as (
    select r.*
    from indicator_report as r
    semi join latest using (year)
),

compared as (
    select coalesce(c.plan_code, p.plan_code) as plan_code, coalesce(c.year, p.year) as year,
           coalesce(c.region_code, p.region_code) as region_code, coalesce(c.region_name, p.region_name) as region_name,
           coalesce(c.sex, p.sex) as sex, coalesce(c.area, p.area) as area,
           coalesce(c.indicator_code, p.indicator_code) as indicator_code,
           coalesce(c.indicator_name, p.indicator_name) as indicator_name, coalesce(c.unit, p.unit) as unit,
           l.vintage as compared_with,
           p.value as old_value, c.value as new_value,
           p.numerator as old_numerator, c.numerator as new_numerator,
           p.denominator as old_denominator, c.denominator as new_denominator,
           p.status as old_status, c.status as new_status,
           p.status_code as old_status_code, c.status_code as new_status_code,
           p.plan_code is null as added, c.plan_code is null as removed
    from current_figures as c
    full join published as p
        on p.year = c.year and p.plan_code = c.plan_code and p.region_code = c.region_code
        and p.indicator_code = c.indicator_code and p.sex = c.sex and p.area = c.area
    join latest as l on l.year = coalesce(c.year, p.year)
),

changed as (
    select *,
           lg_round(old_value, ${rounding_decimals}) is distinct from lg_round(new_value, ${rounding_decimals})
               or lg_round(old_numerator, ${rounding_decimals})
                  is distinct from lg_round(new_numerator, ${rounding_decimals})
               or lg_round(old_denominator, ${rounding_decimals})
                  is distinct from lg_round(new_denominator, ${rounding_decimals}) as value_changed,
           old_status_code is distinct from new_status_code as status_changed
    from compared
)

select g.plan_code, g.year, g.region_code, g.region_name, r.level as region_level, g.sex, g.area,
       k.breakdown_label, g.indicator_code, g.indicator_name, g.unit, g.compared_with,
       g.old_value, g.new_value, g.new_value - g.old_value as value_difference,
       g.old_numerator, g.new_numerator, g.old_denominator, g.new_denominator,
       g.old_status, g.new_status, g.old_status_code, g.new_status_code,
       case
           when g.added then 'added'
           when g.removed then 'removed'
           when g.value_changed and g.status_changed then 'value_and_status'
           when g.value_changed then 'value'
           else 'status'
       end as revision,
       case
           when g.added then '本版新增'
           when g.removed then '本版不再列出'
           else concat_ws('；',
               if(g.value_changed, '数值由' || coalesce(lg_text(g.old_value, ${rounding_decimals}), '无') || '修订为'
                   || coalesce(lg_text(g.new_value, ${rounding_decimals}), '无')
                   || if(g.old_numerator is distinct from g.new_numerator
                         or g.old_denominator is distinct from g.new_denominator,
                         '（' || coalesce(lg_text(g.old_numerator, ${rounding_decimals}), '无') || '/'
                         || coalesce(lg_text(g.old_denominator, ${rounding_decimals}), '无') || ' → '
                         || coalesce(lg_text(g.new_numerator, ${rounding_decimals}), '无') || '/'
                         || coalesce(lg_text(g.new_denominator, ${rounding_decimals}), '无') || '）', ''), null),
               if(g.status_changed, '达标情况由' || coalesce(g.old_status, '无') || '改为'
                   || coalesce(g.new_status, '无'), null))
       end as revision_text
from changed as g
left join dim_region as r on r.region_code = g.region_code
left join dim_indicator_breakdown as k
    on k.plan_code = g.plan_code and k.indicator_code = g.indicator_code and k.sex = g.sex and k.area = g.area
where g.added or g.removed or g.value_changed or g.status_changed
order by g.year, g.plan_code, g.region_code, g.indicator_code, k.breakdown_order;
