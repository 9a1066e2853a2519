-- Purge, step 3 of 6: the contexts of old job executions. Parameter: the cutoff.
delete from batch_job_execution_context
where job_execution_id in (select job_execution_id from batch_job_execution where end_time < ?)
