-- The name of the region a report is about, for page headers: the --region given, or the root (the current region
-- without a parent in the warehouse). Grain: one row. Parameter: region (NULL: the root).
select coalesce(
           (select r.region_name from dim_region as r where r.region_code = ?::varchar),
           (select min(r.region_name) from dim_region as r where r.successor_code is null
                and (r.parent_code is null or r.parent_code not in (select region_code from dim_region))))
       as region_name;
