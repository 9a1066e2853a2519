-- How many partition columns (source, year) one lake data file holds itself: 0 in the Hive-clean format, 2 before it.
select count(*) from parquet_schema('${file}') where name in ('source', 'year')
