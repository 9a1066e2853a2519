-- Views over the Parquet lake. The load manifest is the commit log: a partition's current content is the file
-- of its newest manifest entry, and only rows from current files are visible (a file left by a crash before its
-- manifest entry, or one being replaced, is ignored). `lianggang retract` appends a retraction entry (an entry
-- without a data file): history keeps it, and the partition is absent from then on.

-- Grain: one row per manifest entry, loads and retractions, oldest first.
create view load_manifest as
select *, case when data_file = '' then 'retract' else 'load' end as action
from read_parquet('${lake_load_manifest}');

-- Grain: one row per (table, source, year) partition that holds data: its newest entry, unless that entry is a
-- retraction.
create view current_load as
with newest_entry as (
    select *
    from load_manifest
    qualify row_number() over (partition by table_name, source, year order by committed_at desc) = 1
)
select * exclude (action)
from newest_entry
where action = 'load';

-- Grain: one reported value per year × region (as reported) × element × sex × area × age group.
create view fact_data_value as
select d.*
from read_parquet('${lake_data_value}', hive_partitioning = false) as d
semi join current_load as c
    on c.table_name = 'data_value' and c.source = d.source and c.year = d.year and c.sha256 = d.file_sha256;

-- Grain: one assessment per year × region (as reported) × qualitative indicator.
create view fact_assessment as
select a.*
from read_parquet('${lake_assessment}', hive_partitioning = false) as a
semi join current_load as c
    on c.table_name = 'assessment' and c.source = a.source and c.year = a.year and c.sha256 = a.file_sha256;
