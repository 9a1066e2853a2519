-- Purge, step 6 of 6: job instances left without any execution. A purged ingest instance is harmless: the lake's
-- manifest, not the JobRepository, says which file a partition holds.
delete from batch_job_instance
where not exists (
    select 1 from batch_job_execution as e where e.job_instance_id = batch_job_instance.job_instance_id
)
