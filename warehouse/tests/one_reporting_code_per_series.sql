-- A region series (e.g. 柳江县 450221 + 柳江区 450206) must not report the same element under two codes in one
-- year: the city total would count the county twice. Returns the offending series and years.
select f.year, r.series_code, f.element, f.sex, f.area, count(distinct f.region_code) as codes
from fact_data_value as f
join dim_region as r using (region_code)
group by all
having count(distinct f.region_code) > 1;
