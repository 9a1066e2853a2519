-- Whether the warehouse was built with the vintage models (warehouse/93_vintage.sql … 95_report_flag.sql): one built
-- before them cannot be snapshotted as a vintage.
select count(*) = 3
from duckdb_tables()
where database_name = current_database() and schema_name = 'main'
  and table_name in ('build_info', 'vintage', 'report_revision')
