-- The data dictionary: every table and view of the warehouse with its columns, types and comments, the comments
-- ('中文标题｜English description') split at the bar; a comment without one is all description.
-- Grain: one row per table × column, columns in table order.
with relations as (
    select table_name, comment from duckdb_tables()
    where database_name = current_database() and schema_name = 'main'
    union all
    select view_name, comment from duckdb_views()
    where database_name = current_database() and schema_name = 'main' and not internal
)

select r.table_name,
       if(contains(r.comment, '｜'), trim(split_part(r.comment, '｜', 1)), '') as table_title,
       if(contains(r.comment, '｜'), trim(substr(r.comment, strpos(r.comment, '｜') + 1)), coalesce(r.comment, ''))
           as table_description,
       c.column_name,
       c.data_type,
       if(contains(c.comment, '｜'), trim(split_part(c.comment, '｜', 1)), '') as column_title,
       if(contains(c.comment, '｜'), trim(substr(c.comment, strpos(c.comment, '｜') + 1)), coalesce(c.comment, ''))
           as column_description
from relations as r
join duckdb_columns() as c
    on c.database_name = current_database() and c.schema_name = 'main' and c.table_name = r.table_name
order by r.table_name, c.column_index;
