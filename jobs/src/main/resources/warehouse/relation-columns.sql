-- The columns of one table or view (the parameter), in their order. Grain: one row per column.
select column_name
from duckdb_columns()
where database_name = current_database() and schema_name = 'main' and table_name = ?
order by column_index
