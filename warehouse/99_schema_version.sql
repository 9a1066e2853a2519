-- schema_version: a fingerprint of the warehouse's contract, every table and view with its columns and their types
-- (the year columns of report_trend_wide, pivoted from the data, left out), so that an analyst's script or a
-- department's dashboard can check it reads the shape it was written for. It changes when, and only when, a
-- table or a view gains, loses, renames or retypes a column, or a table or view is added or removed.
-- Grain: one row. Built last, so it describes every model before it.

create table schema_version as
with contract_columns as (
    select table_name, column_index, column_name, data_type
    from duckdb_columns()
    where database_name = current_database() and schema_name = 'main' and table_name <> 'schema_version'
      and not (table_name = 'report_trend_wide' and regexp_full_match(column_name, 'y\d{4}'))
)
select substr(md5(string_agg(table_name || '.' || column_name || ' ' || data_type, ', '
                             order by table_name, column_index)), 1, 12) as schema_version,
       count(distinct table_name)::integer as tables_and_views,
       count(*)::integer as columns
from contract_columns;
