-- data_quality_published: the figures a published report printed (CSV files under home/published/), checked
-- against their own arithmetic and against the warehouse. A figure is an indicator value (indicator_code of the
-- catalog) or a plan's 达标率 (indicator_code 'met_rate'); it may state its numerator and denominator (达标项数 37,
-- 指标数 49) and its change on the previous year in the indicator's change style. A printed figure matches when it
-- equals the recomputed one rounded half-up or truncated at the decimals it was printed with (both conventions
-- are in use). A figure is held against the indicator's headline row (合计).
-- Grain: one row per published figure; matches = false lists the wrong ones (南宁: 37/49 印为77.51%).

create table data_quality_published as
with published as (
    select *, row_number() over () as figure_no
    from read_csv('${published_figures}', header = true, union_by_name = true, filename = true, columns = {
        'plan_code': 'varchar', 'indicator_code': 'varchar', 'year': 'integer', 'region_code': 'varchar',
        'published_value': 'varchar', 'published_numerator': 'double', 'published_denominator': 'double',
        'published_change': 'varchar', 'source_document': 'varchar'})
),

recomputed as (
    select p.*,
           length(regexp_extract(p.published_value, '\.(\d+)$', 1))::integer as value_decimals,
           length(regexp_extract(p.published_change, '\.(\d+)$', 1))::integer as change_decimals,
           if(p.published_denominator > 0,
              p.published_numerator / p.published_denominator * coalesce(i.factor, 100), null) as arithmetic_value,
           if(p.indicator_code = 'met_rate', s.met_rate, r.value) as warehouse_value,
           r.change_vs_previous as warehouse_change
    from published as p
    left join dim_indicator as i on i.plan_code = p.plan_code and i.indicator_code = p.indicator_code
    left join indicator_report as r
        on r.plan_code = p.plan_code and r.indicator_code = p.indicator_code and r.year = p.year
        and r.region_code = p.region_code and r.sex = 'T' and r.area = 'total'
    left join report_summary as s
        on p.indicator_code = 'met_rate' and s.plan_code = p.plan_code and s.year = p.year
        and s.region_code = p.region_code and s.domain_code is null
),

judged as (
    select c.*,
           c.arithmetic_value is null
               or printed_as(c.published_value::double, c.arithmetic_value, c.value_decimals) as arithmetic_ok,
           c.warehouse_value is null
               or printed_as(c.published_value::double, c.warehouse_value, c.value_decimals) as warehouse_ok,
           c.published_change is null or c.warehouse_change is null
               or printed_as(c.published_change::double, c.warehouse_change, c.change_decimals) as change_ok
    from recomputed as c
)

select source_document, parse_filename(filename) as published_file, figure_no,
       plan_code, year, region_code, indicator_code,
       published_value, published_numerator, published_denominator, published_change,
       arithmetic_value, warehouse_value, warehouse_change,
       arithmetic_ok and warehouse_ok and change_ok as matches,
       nullif(concat_ws('；',
           if(arithmetic_ok, null, published_numerator::bigint || '/' || published_denominator::bigint || ' = '
               || lg_text(arithmetic_value, value_decimals) || '，印为' || published_value),
           if(warehouse_ok, null, '仓库计算值' || lg_text(warehouse_value, value_decimals) || '，印为'
               || published_value),
           if(change_ok, null, '仓库计算的比上年变化' || lg_text(warehouse_change, change_decimals) || '，印为'
               || published_change)), '') as problem
from judged
order by matches, source_document, figure_no;
