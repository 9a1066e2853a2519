-- The plans' names, for the workbook, which shows a plan by its name instead of its code (the CSV files keep the
-- code). Grain: one row per plan.
select p.plan_code, p.plan_name, p.short_name
from dim_plan as p
order by p.plan_code;
