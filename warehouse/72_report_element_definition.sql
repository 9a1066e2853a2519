-- report_element_definition: 指标解释 — every data element the monitored plans compute from, with its unit, its
-- definition, the statistical form that carries it and the departments whose exports report it: the published
-- workbook's sheet of definitions, the same text the fill-in forms' 填报说明 show (catalog/elements.yaml).
-- Grain: one row per data element.

create table report_element_definition as
with used_elements as (
    select distinct element_code
    from dim_indicator_part
),

carried_by as (
    select se.element_code,
           string_agg(distinct s.department, '、' order by s.department) as departments,
           string_agg(distinct s.source_name, '；' order by s.source_name) as sources
    from dim_source_element as se
    join dim_source as s using (source_id)
    group by se.element_code
)

select e.element_code, e.element_name, e.unit, e.definition, e.source_form, c.departments, c.sources
from dim_element as e
join used_elements as u using (element_code)
left join carried_by as c using (element_code)
order by c.departments nulls last, e.element_code;
