-- Empty files with the columns the warehouse reads from the published vintages (warehouse/93_vintage.sql): the build
-- always reads one of each beside the vintages' own files, so that a home without vintages builds, and a vintage
-- written before a column existed reads NULL there. ${dir}: the build's catalog snapshot directory.
copy (select null::integer as year, null::integer as vintage, null::timestamptz as published_at,
             null::integer as compared_with, null::varchar as code_version, null::varchar as models_digest,
             null::varchar as catalog_digest, null::varchar as schema_version, null::bigint as loads,
             null::bigint as revisions, null::bigint as files
      where false) to '${dir}/vintage.parquet' (format parquet);
copy (select null::integer as year, null::integer as vintage, null::varchar as table_name, null::varchar as source,
             null::integer as load_year, null::varchar as file_name, null::varchar as sha256, null::bigint as sequence,
             null::varchar as data_file, null::timestamptz as committed_at
      where false) to '${dir}/vintage_load.parquet' (format parquet);
copy (select null::integer as year, null::integer as vintage, null::varchar as plan_code, null::varchar as region_code,
             null::varchar as region_name, null::varchar as sex, null::varchar as area, null::varchar as indicator_code,
             null::varchar as indicator_name, null::varchar as unit, null::double as value, null::double as numerator,
             null::double as denominator, null::varchar as status, null::varchar as status_code,
             null::varchar as flags
      where false) to '${dir}/vintage_indicator.parquet' (format parquet);
copy (select null::integer as year, null::integer as vintage, null::integer as compared_with,
             null::varchar as plan_code, null::varchar as region_code, null::varchar as region_name,
             null::varchar as sex, null::varchar as area, null::varchar as indicator_code,
             null::varchar as indicator_name, null::varchar as unit, null::double as old_value,
             null::double as new_value, null::varchar as old_status, null::varchar as new_status,
             null::varchar as revision_text
      where false) to '${dir}/vintage_revision.parquet' (format parquet);
