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
