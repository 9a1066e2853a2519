-- What the warehouse in place was computed with besides the data, as one digest (93_vintage.sql writes it;
-- schedule.ReportStep records it in each published set).
select config_digest from build_info;
