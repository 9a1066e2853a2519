-- Purge, step 2 of 6: the step executions of old job executions. Parameter: the cutoff.
delete from batch_step_execution
where job_execution_id in (select job_execution_id from batch_job_execution where end_time < ?)
