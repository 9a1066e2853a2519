-- The load manifest in commit order. Each entry is one file in the manifest directory (${manifest_glob}); a commit
-- names its file after the sequence number it takes (00000000000000000042.parquet), so the order of entries is the
-- order of commits, never a clock's. Files written before sequence numbers existed (named <epoch ms>-….parquet)
-- come first, in the order of their commit times. The empty file ${manifest_schema} has the current schema: with
-- union_by_name, a column older entries lack (data_size, data_crc32c) reads NULL for them, even if no entry has it.
with entries as (
    select *, nullif(regexp_extract(filename, '(\d{20})\.parquet$', 1), '')::bigint as committed_sequence
    from read_parquet(['${manifest_glob}', '${manifest_schema}'], filename = true, union_by_name = true)
)
select committed_sequence, table_name, source, year, file_name, data_file, sha256, rows_read, rows_written,
       rows_rejected, job_execution_id, epoch_ms(committed_at) as committed_ms, data_size, data_crc32c
from entries
order by committed_sequence nulls first, committed_at, filename
