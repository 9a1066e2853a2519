-- The lake's current state, copied into the warehouse. The load manifest is the commit log: a partition's current content is the file
-- of its last committed manifest entry (highest sequence number: the commit order, never a clock), and only rows from current files are visible (a file left by a crash before its
-- manifest entry, or one being replaced, is ignored). `lianggang retract` appends a retraction entry (an entry
-- without a data file): history keeps it, and the partition is absent from then on.
-- These are tables, not views over the Parquet files: the warehouse holds the lake as it was when it was built, read
-- from the explicit lists of files the build pinned at its start (every manifest entry's file, each partition's
-- current data file), never a glob. So a later ingest or a deleted superseded file changes nothing here until the
-- next build is swapped in, the report tables always agree with the facts, and the file answers every query on its
-- own: copied to another path or machine, without the lake, by any DuckDB client.

-- Grain: one row per manifest entry, loads and retractions. A commit names its entry's file after the sequence
-- number it takes (00000000000000000042.parquet); entries from before sequence numbers (<epoch ms>-….parquet)
-- come first, numbered in the order of their commit times. The empty file with the current schema is read too, so
-- that columns older entries lack (data_size, data_crc32c) read NULL for them.
create table load_manifest as
with entries as (
    select * exclude (filename),
           nullif(regexp_extract(filename, '(\d{20})\.parquet$', 1), '')::bigint as committed_sequence,
           filename as entry_file
    from read_parquet([${lake_load_manifest_files}], filename = true,
                      union_by_name = true)
)
select * exclude (committed_sequence, entry_file),
       coalesce(committed_sequence,
                row_number() over (order by committed_sequence nulls first, committed_at, entry_file)) as sequence,
       case when data_file = '' then 'retract' else 'load' end as action
from entries;

-- Grain: one row per (table, source, year) partition that holds data: its newest entry, unless that entry is a
-- retraction.
create table current_load as
with newest_entry as (
    select *
    from load_manifest
    qualify row_number() over (partition by table_name, source, year order by sequence desc) = 1
)
select * exclude (action)
from newest_entry
where action = 'load';

-- The data files are a Hive-partitioned dataset (data_value/source=<id>/year=<yyyy>/part-….parquet): source and
-- year are in the path only, read from it with their types fixed (a source id that looks like a number stays text).
-- The columns are named in the lake's order, so the table is the same whatever order a reader gives them.

-- Grain: one reported value per year × region (as reported) × element × sex × area × age group.
create table fact_data_value as
select d.year, d.region_code, d.element, d.sex, d.area, d.age_group, d.value, d.missing_reason, d.source,
       d.file_sha256, d.row_number, d.loaded_at
from read_parquet([${lake_data_value_files}], hive_partitioning = true,
                  hive_types = {'source': 'VARCHAR', 'year': 'INTEGER'}) as d
semi join current_load as c
    on c.table_name = 'data_value' and c.source = d.source and c.year = d.year and c.sha256 = d.file_sha256;

-- Grain: one assessment per year × region (as reported) × qualitative indicator.
create table fact_assessment as
select a.year, a.region_code, a.indicator_code, a.status, a.note, a.source, a.file_sha256, a.row_number,
       a.loaded_at
from read_parquet([${lake_assessment_files}], hive_partitioning = true,
                  hive_types = {'source': 'VARCHAR', 'year': 'INTEGER'}) as a
semi join current_load as c
    on c.table_name = 'assessment' and c.source = a.source and c.year = a.year and c.sha256 = a.file_sha256;

-- Data dictionary (lianggang dictionary prints it): 中文标题｜English description.
comment on table load_manifest is '导入记录｜every committed load, the commit log of the lake';
comment on column load_manifest.table_name is '湖表｜lake table';
comment on column load_manifest.source is '来源代码｜source layout id';
comment on column load_manifest.year is '年份｜report year';
comment on column load_manifest.file_name is '文件名｜file name as received';
comment on column load_manifest.data_file is '数据文件｜Parquet file, lake-relative (empty for a retraction)';
comment on column load_manifest.sha256 is '文件指纹｜SHA-256 of the received file';
comment on column load_manifest.rows_read is '读取行数｜rows read';
comment on column load_manifest.rows_written is '写入条数｜values written';
comment on column load_manifest.rows_rejected is '拒收行数｜rows rejected';
comment on column load_manifest.job_execution_id is '作业执行号｜Spring Batch job execution id';
comment on column load_manifest.committed_at is '提交时间｜when the load was committed (by the machine clock: information only)';
comment on column load_manifest.sequence is '提交序号｜the commit order: the entry with the highest number is a partition''s current one';
comment on table current_load is '当前数据｜the load each partition (table × source × year) holds now';
comment on column current_load.table_name is '湖表｜lake table';
comment on column current_load.source is '来源代码｜source layout id';
comment on column current_load.year is '年份｜report year';
comment on column current_load.file_name is '文件名｜file name as received';
comment on column current_load.data_file is '数据文件｜Parquet file, lake-relative';
comment on column current_load.sha256 is '文件指纹｜SHA-256 of the received file';
comment on column current_load.rows_read is '读取行数｜rows read';
comment on column current_load.rows_written is '写入条数｜values written';
comment on column current_load.rows_rejected is '拒收行数｜rows rejected';
comment on column current_load.job_execution_id is '作业执行号｜Spring Batch job execution id';
comment on column current_load.committed_at is '提交时间｜when the load was committed (by the machine clock: information only)';
comment on column current_load.sequence is '提交序号｜the commit order of the manifest entry';
comment on table fact_data_value is '数据值｜values reported by the departments, current loads only';
comment on column fact_data_value.year is '年份｜report year';
comment on column fact_data_value.region_code is '地区代码｜region code as written in the file (450221 in 2010)';
comment on column fact_data_value.element is '数据项代码｜element code';
comment on column fact_data_value.sex is '性别｜F, M or T';
comment on column fact_data_value.area is '城乡｜urban, rural or total';
comment on column fact_data_value.age_group is '年龄组｜age group';
comment on column fact_data_value.value is '数值｜value; NULL = reported missing, never zero';
comment on column fact_data_value.missing_reason is '缺失原因｜why a value is missing (blank, placeholder —, 未开展工作 …)';
comment on column fact_data_value.source is '来源代码｜source layout id';
comment on column fact_data_value.file_sha256 is '文件指纹｜SHA-256 of the file';
comment on column fact_data_value.row_number is '行号｜line in the file';
comment on column fact_data_value.loaded_at is '导入时间｜when the file was loaded';
comment on table fact_assessment is '评估结果｜qualitative indicators as assessed by the 妇儿工委办';
comment on column fact_assessment.year is '年份｜report year';
comment on column fact_assessment.region_code is '地区代码｜region code as written in the file';
comment on column fact_assessment.indicator_code is '指标代码｜indicator code';
comment on column fact_assessment.status is '评估结果｜met, unmet or no_data';
comment on column fact_assessment.note is '说明｜the assessment note';
comment on column fact_assessment.source is '来源代码｜source layout id';
comment on column fact_assessment.file_sha256 is '文件指纹｜SHA-256 of the file';
comment on column fact_assessment.row_number is '行号｜line in the file';
comment on column fact_assessment.loaded_at is '导入时间｜when the file was loaded';
comment on column load_manifest.data_size is '数据文件大小｜bytes of the data file as committed (NULL: not recorded)';
comment on column load_manifest.data_crc32c is '数据文件校验和｜CRC32C of the data file as committed, checked before every build (NULL: not recorded)';
comment on column current_load.data_size is '数据文件大小｜bytes of the data file as committed (NULL: not recorded)';
comment on column current_load.data_crc32c is '数据文件校验和｜CRC32C of the data file as committed (NULL: not recorded)';
comment on column load_manifest.action is '操作｜load (a file committed) or retract (lianggang retract took the partition out)';
