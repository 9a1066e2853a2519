-- indicator_status holds exactly one row per plan indicator × monitored row (the headline, each breakdown value) ×
-- series region × plan year, and every indicator has its headline row.
select plan_code, indicator_code, region_code, year, sex, area, count(*) as rows
from indicator_status
group by all
having count(*) <> 1
union all
select i.plan_code, i.indicator_code, null, null, 'T', 'total', 0
from dim_indicator as i
anti join (select distinct plan_code, indicator_code from indicator_status where sex = 'T' and area = 'total') as s
    using (plan_code, indicator_code);
