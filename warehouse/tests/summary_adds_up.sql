-- Every summary row: met + basically_met + unmet + no_data = indicators = quantitative + qualitative, and the
-- achieved count lies between met and met + basically_met.
select *
from report_summary
where met + basically_met + unmet + no_data <> indicators
   or quantitative + qualitative <> indicators
   or achieved not between met and met + basically_met
   or monitorable <> indicators - no_data;
