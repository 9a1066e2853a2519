-- The published vintages (版本), read back from home/vintages/<year>/v<NNN>/: each publication of a year's report
-- (nightly, the yearly run, `report --year Y` into reports/) keeps there what it printed — a snapshot of the year's
-- report_indicator and report_summary, its list of changes against the vintage before (本版与上一版相比的变化), the
-- lake loads, catalog and code it was built from. The snapshots live outside this file, so a vintage survives every
-- rebuild; these tables expose them to analysts. The list of files always holds an empty file with the columns read
-- here, so that a home without vintages (or with older ones lacking a column) builds alike; the year columns are cast
-- to report_indicator's type, so the shape (schema_version) is the same with vintages or without.
-- Also build_info: what this warehouse itself was built from, which a publication records in its vintage, and one
-- digest of all its inputs, by which a nightly run with nothing new leaves the warehouse as it is.

-- Grain: one row (this build).
create table build_info as
select '${code_version}' as code_version, '${models_digest}' as models_digest,
       '${catalog_digest}' as catalog_digest, current_timestamp as built_at,
       '${inputs_digest}' as inputs_digest, '${config_digest}' as config_digest;

-- Grain: one row per vintage (year × vintage number).
create table vintage as
select year, vintage, published_at, compared_with, code_version, models_digest, catalog_digest, schema_version,
       loads, revisions, files
from read_parquet([${vintage_files}], union_by_name = true)
where vintage is not null
order by year, vintage;

-- Grain: one row per vintage × lake load it was built from (the warehouse's current_load at publication).
create table vintage_load as
select year, vintage, table_name, source, load_year, file_name, sha256, sequence, data_file, committed_at
from read_parquet([${vintage_load_files}], union_by_name = true)
where vintage is not null
order by year, vintage, table_name, source, load_year;

-- Grain: one row per vintage × plan × region × indicator × sex × area: the figures as that vintage printed them.
create table vintage_indicator as
select year::bigint as year, vintage, plan_code, region_code, region_name, sex, area, indicator_code, indicator_name,
       unit, value,
       numerator, denominator, status, status_code, flags
from read_parquet([${vintage_indicator_files}], union_by_name = true)
where vintage is not null
order by year, vintage, plan_code, region_code, indicator_code, sex, area;

-- Grain: one row per vintage × changed figure: what each vintage listed as 本版与上一版相比的变化.
create table vintage_revision as
select year::bigint as year, vintage, compared_with, plan_code, region_code, region_name, sex, area, indicator_code,
       indicator_name, unit, old_value, new_value, old_status, new_status, revision_text
from read_parquet([${vintage_revision_files}], union_by_name = true)
where vintage is not null
order by year, vintage, plan_code, region_code, indicator_code, sex, area;
