-- Given, for warehouse/30_indicator_value.sql: a city (450200) with two counties and a separate zone, one ratio
-- indicator (W1, ‰: numerator × 1000 / denominator) and one count (W2), 2019 in the plan's cycle, 2009 not.
-- County 450221 reports under its former code, whose series is 450206. The city reports its own row too, which the
-- sum of its units replaces. A county with a numerator and no denominator is no reporting unit of the ratio.
create table dim_region as
from (values
    ('450200', 'city',   '450200'),
    ('450206', 'county', '450206'),
    ('450221', 'county', '450206'),
    ('450222', 'county', '450222'),
    ('450223', 'county', '450223'),
    ('450250', 'zone',   '450250')
) as t(region_code, level, series_code);

create table dim_region_ancestor as
from (values
    ('450200', '450200', 0), ('450206', '450206', 0), ('450206', '450200', 1), ('450222', '450222', 0),
    ('450222', '450200', 1), ('450223', '450223', 0), ('450223', '450200', 1), ('450250', '450250', 0),
    ('450250', '450200', 1)
) as t(region_code, ancestor_code, distance);

create table dim_indicator as
from (values ('p', 'W1', 'ratio', 1000.0), ('p', 'W2', 'count', 1.0)) as t(plan_code, indicator_code, method, factor);

create table dim_indicator_part as
from (values
    ('p', 'W1', 'T', 'total', 'numerator',   'deaths', 'T', 'total', null),
    ('p', 'W1', 'T', 'total', 'denominator', 'births', 'T', 'total', null),
    ('p', 'W2', 'T', 'total', 'numerator',   'shelters', 'T', 'total', null)
) as t(plan_code, indicator_code, indicator_sex, indicator_area, part, element_code, sex, area, age_group);

create table dim_plan_year as from (values ('p', 2019)) as t(plan_code, year);

create table fact_data_value as
from (values
    (2019, '450221', 'deaths', 'T', 'total', null, 3.0),  (2019, '450221', 'births', 'T', 'total', null, 1000.0),
    (2019, '450222', 'deaths', 'T', 'total', null, 9.0),  (2019, '450222', 'births', 'T', 'total', null, 2000.0),
    (2019, '450223', 'deaths', 'T', 'total', null, 5.0),
    (2019, '450250', 'deaths', 'T', 'total', null, 0.0),  (2019, '450250', 'births', 'T', 'total', null, 500.0),
    (2019, '450200', 'deaths', 'T', 'total', null, 99.0), (2019, '450200', 'births', 'T', 'total', null, 99.0),
    (2019, '450222', 'shelters', 'T', 'total', null, 2.0), (2019, '450223', 'shelters', 'T', 'total', null, 4.0),
    (2009, '450222', 'deaths', 'T', 'total', null, 1.0),  (2009, '450222', 'births', 'T', 'total', null, 10.0)
) as t(year, region_code, element, sex, area, age_group, value);
