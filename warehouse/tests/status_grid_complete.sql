-- indicator_status holds exactly one row per plan indicator × series region × plan year.
select plan_code, indicator_code, region_code, year, count(*) as rows
from indicator_status
group by all
having count(*) <> 1;
