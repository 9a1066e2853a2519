-- The data dictionary: every table and view of the warehouse with its columns, types and comments, in the order
-- the build created them. Grain: one row per relation × column. Comments read '中文标题｜English description'.
with relations as (
    select table_name as name, 'table' as kind, comment, table_oid as oid from duckdb_tables()
    where database_name = current_database() and schema_name = 'main'
    union all
    select view_name, 'view', comment, view_oid from duckdb_views()
    where database_name = current_database() and schema_name = 'main' and not internal
)

select r.name, r.kind, coalesce(r.comment, '') as relation_comment, c.column_name, c.data_type,
       coalesce(c.comment, '') as column_comment
from relations as r
join duckdb_columns() as c
    on c.database_name = current_database() and c.schema_name = 'main' and c.table_name = r.name
order by r.oid, c.column_index;
