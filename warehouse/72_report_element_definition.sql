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

-- Data dictionary (lianggang dictionary prints it): 中文标题｜English description.
comment on table report_element_definition is '指标解释｜every data element the plans compute from: unit, definition, source form, departments';
comment on column report_element_definition.element_code is '数据项代码｜element code';
comment on column report_element_definition.element_name is '数据项名称｜element name';
comment on column report_element_definition.unit is '单位｜unit';
comment on column report_element_definition.definition is '指标解释｜what exactly is counted (catalog/elements.yaml definition)';
comment on column report_element_definition.source_form is '来源报表｜the statistical form of the department that carries it';
comment on column report_element_definition.departments is '填报部门｜departments whose exports carry it';
comment on column report_element_definition.sources is '来源报表名称｜the source layouts (exports) that carry it';
