-- Every fact names a known region and element (ingest validates this; the test guards the lake itself).
select 'data_value' as fact, region_code, element as code
from fact_data_value
where region_code not in (select region_code from dim_region)
   or element not in (select element_code from dim_element)
union all
select 'assessment', region_code, indicator_code
from fact_assessment
where region_code not in (select region_code from dim_region)
   or indicator_code not in (select indicator_code from dim_indicator);
