-- The rows of one of a vintage's Parquet files (report.Vintages writes them into vintage.json). ${file}: its path.
select * from read_parquet('${file}')
