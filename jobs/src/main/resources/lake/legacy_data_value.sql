-- The rows of one data_value file written before the lake was Hive-clean (source and year inside the file as well as
-- in its path), in the file's order, as LegacyLakeFiles rewrites them without the partition columns.
select region_code, element, sex, area, age_group, value, missing_reason, file_sha256, row_number,
       epoch_ms(loaded_at) as loaded_ms, source, year
from read_parquet('${file}', hive_partitioning = false)
