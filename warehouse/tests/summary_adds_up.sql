-- Every summary row: met + basically_met + unmet + no_data = indicators = quantitative + qualitative, the achieved
-- count lies between met and met + basically_met, and 无数据 = 取数困难 + 未填报 + 基期无数据.
select *
from report_summary
where met + basically_met + unmet + no_data <> indicators
   or quantitative + qualitative <> indicators
   or achieved not between met and met + basically_met
   or monitorable <> indicators - no_data
   or no_source + not_reported + no_baseline <> no_data;
