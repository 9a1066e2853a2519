-- The tables and views of the warehouse being built: which a model created is what it adds to this list.
-- Grain: one row per relation.
select table_name as relation_name, false as is_view
from duckdb_tables()
where database_name = current_database() and schema_name = 'main'
union all
select view_name, true
from duckdb_views()
where database_name = current_database() and schema_name = 'main' and not internal
