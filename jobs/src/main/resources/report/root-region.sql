-- The region a report is about when no --region is given: the warehouse's root, the current region whose parent
-- lies outside the warehouse (the city in a city deployment, 450000 in a province's). Grain: one row.
select min(r.region_code) as region_code
from dim_region as r
where r.successor_code is null
  and (r.parent_code is null or r.parent_code not in (select region_code from dim_region));
