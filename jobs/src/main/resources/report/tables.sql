-- The report tables the exports write, with their columns and comments, discovered from the catalog so that a new
-- report_* or data_quality* table (or view) is exported without a code change.
-- Grain: one row per table × column, tables in reading order (the summary first), columns in table order.
-- Comments read '中文标题｜English description'; the title falls back to the SQL name where there is no comment.
-- A table with breakdown rows (columns sex and area: report_indicator, report_trend …) is exported with its headline
-- rows (合计) only, as the published tables always were, and without its breakdown columns (headline_only); the
-- 城市/农村 and 女/男 figures are exported in report_gap (城乡·性别差距).
with report_relations as (
    select table_name, comment from duckdb_tables()
    where database_name = current_database() and schema_name = 'main'
    union all
    select view_name, comment from duckdb_views()
    where database_name = current_database() and schema_name = 'main' and not internal
),

reading_order(table_name, position) as (
    values ('report_summary', 1), ('report_indicator', 2), ('report_region', 3), ('report_department', 4),
           ('report_progress', 5), ('report_evaluation_summary', 6), ('report_evaluation', 7),
           ('report_trend_wide', 8), ('report_trend', 9), ('report_gap', 10), ('report_element_definition', 11),
           ('data_quality', 12), ('data_quality_published', 13),
           -- 本版与上一版相比的变化 beside the monitoring table; the flags' legend last
           ('report_revision', 2), ('report_flag_legend', 14)
),

exported as (
    select r.table_name, r.comment, coalesce(o.position, 100) as position
    from report_relations as r
    left join reading_order as o using (table_name)
    where r.table_name like 'report\_%' escape '\' or r.table_name like 'data\_quality%' escape '\'
),

headline_tables as (
    select table_name
    from duckdb_columns()
    where database_name = current_database() and schema_name = 'main' and column_name in ('sex', 'area')
    group by table_name
    having count(*) = 2
)

select e.table_name,
       coalesce(nullif(trim(split_part(e.comment, '｜', 1)), ''), e.table_name) as table_title,
       c.column_name,
       coalesce(nullif(trim(split_part(c.comment, '｜', 1)), ''), c.column_name) as column_title,
       coalesce(trim(split_part(c.comment, '｜', 2)), '') as column_description,
       c.data_type,
       h.table_name is not null as headline_only
from exported as e
join duckdb_columns() as c
    on c.database_name = current_database() and c.schema_name = 'main' and c.table_name = e.table_name
left join headline_tables as h on h.table_name = e.table_name
where h.table_name is null or c.column_name not in ('sex', 'area', 'breakdown_label')
order by e.position, e.table_name, c.column_index;
