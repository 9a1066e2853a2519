-- The parameters of one job execution, identifying ones first. Parameter: the job execution id.
select parameter_name, parameter_value, identifying
from batch_job_execution_params
where job_execution_id = ?
order by identifying desc, parameter_name
