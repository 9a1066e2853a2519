-- report_summary counts each indicator of a plan once, by its headline row, however many breakdown rows it has: the
-- whole plan's row (domain NULL) has as many indicators as the plan. Returns the summaries that count otherwise.
-- (Every relation's grain is tested on its own, from the grain of its entry in the model's .yaml sidecar.)
select s.plan_code, s.region_code, s.year, s.indicators as found, p.indicators as expected
from report_summary as s
join (select plan_code, count(*) as indicators from dim_indicator group by all) as p using (plan_code)
where s.domain_code is null and s.indicators <> p.indicators;
