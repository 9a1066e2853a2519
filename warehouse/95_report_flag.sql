-- Value flags (数据标记), as Statistics Canada marks its figures: p provisional, r revised, E use with caution.
--   p  暂定数: an export expected that year that carries an element of the indicator (for a qualitative indicator, the
--      assessment export) is not received, or leaves counties out (data_quality_completeness: 未报送 / 县区不全);
--   r  修订数: the figure differs from the year's latest published vintage (report_revision);
--   E  慎用: a ratio indicator's value from a small denominator, below lianggang.flags.caution-min-denominator for the
--      indicator's code, else for its unit (default 1/10万: 20000, so one death moves a 孕产妇死亡率 by 5/10万 or more).
-- value_flag holds them per figure; report_indicator (96) shows them as its last column, flags ('pE', 'r' … or
-- NULL), so that every export shows them; report_flag_legend is the legend the exports print; the thresholds go into
-- report_setting.
-- Grain of value_flag: one row per flagged report_indicator row; of report_flag_legend: one row per flag.

create table value_flag as
with caution_setting as (
    select split_part(entry, '=', 1) as setting_key, split_part(entry, '=', 2)::double as min_denominator
    from unnest([${flag_caution_min_denominator}]::varchar[]) as t(entry)
),

indicator_sources as (
    select distinct p.plan_code, p.indicator_code, s.source_id
    from dim_indicator_part as p
    join dim_source_element as s
        on s.element_code = p.element_code and s.sex = p.sex and s.area = p.area
        and s.age_group is not distinct from p.age_group
    union
    select i.plan_code, i.indicator_code, s.source_id
    from dim_indicator as i
    cross join dim_source as s
    where i.kind = 'qualitative' and s.table_name = 'assessment'
),

provisional as (
    select distinct x.plan_code, x.indicator_code, c.year
    from indicator_sources as x
    join data_quality_completeness as c on c.source_id = x.source_id
    where c.expected and c.completeness in ('missing', 'incomplete')
),

caution as (
    select r.plan_code, r.year, r.region_code, r.indicator_code, r.sex, r.area
    from indicator_report as r
    join dim_indicator as i using (plan_code, indicator_code)
    left join caution_setting as by_code on by_code.setting_key = r.indicator_code
    left join caution_setting as by_unit on by_unit.setting_key = r.unit
    where i.method = 'ratio' and r.value is not null
      and r.denominator < coalesce(by_code.min_denominator, by_unit.min_denominator)
),

flagged as (
    select r.plan_code, r.year, r.region_code, r.indicator_code, r.sex, r.area,
           p.indicator_code is not null as provisional,
           v.indicator_code is not null as revised,
           e.indicator_code is not null as caution
    from indicator_report as r
    left join provisional as p using (plan_code, indicator_code, year)
    left join report_revision as v using (plan_code, year, region_code, indicator_code, sex, area)
    left join caution as e using (plan_code, year, region_code, indicator_code, sex, area)
)

select *, concat(if(provisional, 'p', ''), if(revised, 'r', ''), if(caution, 'E', '')) as flags
from flagged
where provisional or revised or caution;

create table report_flag_legend as
select * from (values
    ('p', '暂定数', '当年应报的、含该指标数据项的部门报表（非量化指标：评估表）尚未全部收到，或缺报县区；收齐后数值可能改变'),
    ('r', '修订数', '与该年最近一次发布的版本相比，数值（按报表小数位）或达标情况已修订；原值见“本版与上一版相比的变化”'),
    ('E', '慎用', '比率指标的分母过小（低于 lianggang.flags.caution-min-denominator 按指标或计量单位设定的下限），一例之差即可明显改变数值')
) as legend(flag, flag_name, meaning);

insert into report_setting
select 'flag_caution_min_denominator_' || setting_key, min_denominator::varchar,
       'E 慎用分母下限｜a ratio indicator''s value is flagged E below this denominator (key: unit or indicator code)'
from (select split_part(entry, '=', 1) as setting_key, split_part(entry, '=', 2)::double as min_denominator
      from unnest([${flag_caution_min_denominator}]::varchar[]) as t(entry))
order by setting_key;
