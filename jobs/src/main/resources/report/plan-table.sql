-- Whether the warehouse has dim_plan (a small test warehouse may not: its workbook then shows plan codes). Grain:
-- one row, the count of such tables.
select count(*) as tables
from information_schema.tables as t
where t.table_name = 'dim_plan';
