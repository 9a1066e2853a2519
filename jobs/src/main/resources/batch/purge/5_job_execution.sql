-- Purge, step 5 of 6: the old job executions themselves. Parameter: the cutoff.
delete from batch_job_execution
where end_time < ?
