-- Every summary row: met + unmet + no_data = indicators = quantitative + qualitative.
select *
from report_summary
where met + unmet + no_data <> indicators or quantitative + qualitative <> indicators;
