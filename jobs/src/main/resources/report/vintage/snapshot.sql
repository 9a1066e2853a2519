-- A vintage's snapshot (report.Vintages): what the publication of ${year} prints, copied out of the warehouse into
-- the vintage's staging directory ${dir}, so that it outlives every rebuild. report_indicator and report_summary of
-- the year (every row, breakdowns and flags included: exactly what was printed), the year's 本版与上一版相比的变化
-- (report_revision), the lake loads the warehouse was built from (current_load), and one row of metadata: the vintage
-- it compares with (the latest one this warehouse was built knowing), code, model and catalog digests, schema version.
copy (select ${vintage}::integer as vintage, * from report_indicator where year = ${year})
    to '${dir}/report_indicator.parquet' (format parquet);
copy (select ${vintage}::integer as vintage, * from report_summary where year = ${year})
    to '${dir}/report_summary.parquet' (format parquet);
copy (select ${vintage}::integer as vintage, * from report_revision where year = ${year})
    to '${dir}/report_revision.parquet' (format parquet);
copy (select ${year}::integer as year, ${vintage}::integer as vintage, table_name, source, year as load_year,
             file_name, sha256, sequence, data_file, committed_at::timestamptz as committed_at
      from current_load
      order by table_name, source, load_year)
    to '${dir}/loads.parquet' (format parquet);
copy (select ${year}::integer as year, ${vintage}::integer as vintage,
             '${published_at}'::timestamptz as published_at,
             (select max(vintage) from vintage where year = ${year})::integer as compared_with,
             b.code_version, b.models_digest, b.catalog_digest,
             (select schema_version from schema_version) as schema_version,
             (select count(*) from current_load)::bigint as loads,
             (select count(*) from report_revision where year = ${year})::bigint as revisions,
             ${files}::bigint as files
      from build_info as b)
    to '${dir}/vintage.parquet' (format parquet);
