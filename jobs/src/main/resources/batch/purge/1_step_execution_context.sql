-- Purge, step 1 of 6 (children before parents, as the foreign keys require): the step contexts of old executions.
-- An execution is old when it ended before the cutoff (the one parameter); running ones have no end time.
delete from batch_step_execution_context
where step_execution_id in (
    select s.step_execution_id
    from batch_step_execution as s
    join batch_job_execution as e on e.job_execution_id = s.job_execution_id
    where e.end_time < ?
)
