-- Purge, step 4 of 6: the parameters of old job executions. Parameter: the cutoff.
delete from batch_job_execution_params
where job_execution_id in (select job_execution_id from batch_job_execution where end_time < ?)
