-- report_progress: a target is only 'achieved' when the latest value meets it, an outlook needs two years with
-- data, and the statuses follow R and the configured thresholds.
select *
from report_progress
where (progress_status = 'target_achieved') <> coalesce(
          (select status_code = 'met' from indicator_report as r
           where r.plan_code = report_progress.plan_code and r.indicator_code = report_progress.indicator_code
             and r.region_code = report_progress.region_code and r.year = report_progress.latest_year
             and r.sex = 'T' and r.area = 'total'), false)
   or (progress_status = 'not_available' and latest_year > base_year and cagr_required <> 0)
   or (progress_status = 'on_track' and progress_ratio < ${progress_on_track})
   or (progress_status = 'deterioration' and progress_ratio >= 0);
