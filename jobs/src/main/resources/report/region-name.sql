-- The name of a region, for page headers and the index of published years. Grain: one row, or none for a code the
-- warehouse does not know. Parameter: region code.
select r.region_name
from dim_region as r
where r.region_code = ?::varchar;
