-- Recent job executions, newest first, with the counts of their steps summed: what `lianggang jobs` lists.
-- Grain: one row per job execution. Portable SQL (H2 and PostgreSQL). Parameter: the number of rows.
select
    e.job_execution_id,
    i.job_name,
    e.status,
    e.start_time,
    e.end_time,
    e.exit_message,
    coalesce(sum(s.read_count), 0) as read_count,
    coalesce(sum(s.write_count), 0) as write_count,
    coalesce(sum(s.read_skip_count + s.process_skip_count + s.write_skip_count), 0) as skip_count
from batch_job_execution as e
join batch_job_instance as i on i.job_instance_id = e.job_instance_id
left join batch_step_execution as s on s.job_execution_id = e.job_execution_id
group by e.job_execution_id, i.job_name, e.status, e.start_time, e.end_time, e.exit_message
order by e.job_execution_id desc
limit ?
