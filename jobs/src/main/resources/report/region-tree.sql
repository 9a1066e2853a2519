-- The region tree the workbooks are split along when one workbook would pass a sheet's row limit: every current
-- region with its parent's series code (a county under a city's former code hangs under the city's series), as
-- the HTML report's 下级地区 chart reads it. The root has no parent in the warehouse.
-- Grain: one row per current region.
select r.region_code, p.series_code as parent_code
from dim_region as r
left join dim_region as p on p.region_code = r.parent_code
where r.successor_code is null
order by r.region_code;
