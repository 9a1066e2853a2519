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

-- Data dictionary (lianggang dictionary prints it): 中文标题｜English description.
comment on table build_info is '构建信息｜what this warehouse was built from: code version, digests of the SQL models and of the catalog';
comment on column build_info.code_version is '程序版本｜the application version (and the SHA-256 of its jar when run from one)';
comment on column build_info.models_digest is '模型摘要｜SHA-256 over the warehouse SQL files (names and contents) the build ran';
comment on column build_info.catalog_digest is '目录摘要｜SHA-256 over the catalog snapshot (plans, indicators, targets, regions, layouts) the build read';
comment on column build_info.built_at is '构建时间｜when this warehouse was built';
comment on column build_info.inputs_digest is '输入摘要｜SHA-256 over everything the build read: the pinned lake and vintage files, code, models, catalog, settings, published figures; a nightly run skips the build while it is unchanged';
comment on column build_info.config_digest is '口径摘要｜SHA-256 over the code, models, catalog and settings (not the data): a published report set records it, so a changed target or setting republishes every year';
comment on table vintage is '发布版本｜every published vintage of a year''s report (home/vintages/<year>/v<NNN>/), kept across rebuilds';
comment on column vintage.year is '年份｜report year';
comment on column vintage.vintage is '版本号｜1 for the year''s first publication, then 2, 3 …';
comment on column vintage.published_at is '发布时间｜when the vintage was published';
comment on column vintage.compared_with is '对比版本｜the vintage its list of changes compares with (NULL for the first)';
comment on column vintage.code_version is '程序版本｜the application version the vintage was built with';
comment on column vintage.models_digest is '模型摘要｜SHA-256 over the warehouse SQL files of its build';
comment on column vintage.catalog_digest is '目录摘要｜SHA-256 over the catalog snapshot of its build';
comment on column vintage.schema_version is '表结构版本｜schema_version of the warehouse it was printed from';
comment on column vintage.loads is '导入文件数｜lake loads it was built from (vintage_load)';
comment on column vintage.revisions is '修订项数｜figures it changed against the vintage before (vintage_revision)';
comment on column vintage.files is '发布文件数｜report files published (kept under files/ in the vintage)';
comment on table vintage_load is '版本导入记录｜the lake loads (files and SHA-256) each vintage was built from';
comment on column vintage_load.year is '年份｜report year of the vintage';
comment on column vintage_load.vintage is '版本号｜vintage number';
comment on column vintage_load.table_name is '湖表｜lake table';
comment on column vintage_load.source is '来源代码｜source layout id';
comment on column vintage_load.load_year is '数据年份｜year of the load';
comment on column vintage_load.file_name is '文件名｜file name as received';
comment on column vintage_load.sha256 is '文件指纹｜SHA-256 of the received file';
comment on column vintage_load.sequence is '提交序号｜the load''s manifest sequence number';
comment on column vintage_load.data_file is '数据文件｜Parquet file, lake-relative';
comment on column vintage_load.committed_at is '提交时间｜when the load was committed';
comment on table vintage_indicator is '版本指标值｜every figure of report_indicator as each vintage printed it';
comment on column vintage_indicator.year is '年份｜report year';
comment on column vintage_indicator.vintage is '版本号｜vintage number';
comment on column vintage_indicator.plan_code is '规划代码｜plan code';
comment on column vintage_indicator.region_code is '地区代码｜region code (series code)';
comment on column vintage_indicator.region_name is '地区｜region name';
comment on column vintage_indicator.sex is '性别｜T, F or M';
comment on column vintage_indicator.area is '城乡｜total, urban or rural';
comment on column vintage_indicator.indicator_code is '指标代码｜indicator code';
comment on column vintage_indicator.indicator_name is '指标名称｜indicator name';
comment on column vintage_indicator.unit is '计量单位｜unit';
comment on column vintage_indicator.value is '本年值｜value as published';
comment on column vintage_indicator.numerator is '分子｜numerator as published';
comment on column vintage_indicator.denominator is '分母｜denominator as published';
comment on column vintage_indicator.status is '达标情况｜status as published';
comment on column vintage_indicator.status_code is '达标代码｜status code as published';
comment on column vintage_indicator.flags is '数据标记｜flags as published (p, r, E)';
comment on table vintage_revision is '版本修订记录｜本版与上一版相比的变化 of every vintage: each figure it changed, old and new';
comment on column vintage_revision.year is '年份｜report year';
comment on column vintage_revision.vintage is '版本号｜the vintage that made the change';
comment on column vintage_revision.compared_with is '对比版本｜the vintage it compares with';
comment on column vintage_revision.plan_code is '规划代码｜plan code';
comment on column vintage_revision.region_code is '地区代码｜region code (series code)';
comment on column vintage_revision.region_name is '地区｜region name';
comment on column vintage_revision.sex is '性别｜T, F or M';
comment on column vintage_revision.area is '城乡｜total, urban or rural';
comment on column vintage_revision.indicator_code is '指标代码｜indicator code';
comment on column vintage_revision.indicator_name is '指标名称｜indicator name';
comment on column vintage_revision.unit is '计量单位｜unit';
comment on column vintage_revision.old_value is '原值｜value in the vintage before';
comment on column vintage_revision.new_value is '新值｜value in this vintage';
comment on column vintage_revision.old_status is '原达标情况｜status in the vintage before';
comment on column vintage_revision.new_status is '新达标情况｜status in this vintage';
comment on column vintage_revision.revision_text is '变化说明｜the change in words';
