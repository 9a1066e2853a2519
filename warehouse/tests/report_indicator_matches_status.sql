-- report_indicator carries indicator_status one to one: the same grid, value and status.
select coalesce(r.plan_code, s.plan_code) as plan_code, coalesce(r.indicator_code, s.indicator_code) as indicator,
       coalesce(r.region_code, s.region_code) as region, coalesce(r.year, s.year) as year
from indicator_report as r
full join indicator_status as s using (plan_code, indicator_code, region_code, year, sex, area)
where r.plan_code is null or s.plan_code is null
   or r.status_code <> s.status
   or r.value is distinct from s.value;
