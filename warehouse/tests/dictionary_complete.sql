-- Every table, view and column of the warehouse is documented (COMMENT ON …, '中文标题｜English', which the build
-- writes from glossary.yaml and the sidecar .yaml of each model): the data
-- dictionary and the Chinese headers of the exports are generated from these comments. The year columns of
-- report_trend_wide (y2010 …) are pivoted from the data; its table comment documents them.
select table_name, null as column_name
from duckdb_tables()
where database_name = current_database() and (comment is null or comment not like '%｜%')
union all
select view_name, null
from duckdb_views()
where database_name = current_database() and not internal and (comment is null or comment not like '%｜%')
union all
select table_name, column_name
from duckdb_columns()
where database_name = current_database() and (comment is null or comment not like '%｜%')
  and not (table_name = 'report_trend_wide' and regexp_full_match(column_name, 'y\d{4}'));
