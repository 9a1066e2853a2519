-- The years the warehouse holds reported data for: values or assessments from a current load. A report of any
-- other year would publish no figure at all (every indicator 无数据).
-- Grain: one row per year, oldest first.
select year from fact_data_value
union
select year from fact_assessment
order by year;
