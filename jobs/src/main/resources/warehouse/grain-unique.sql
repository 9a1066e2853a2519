-- A relation holds one row per its grain (the grain of its entry in the model's .yaml sidecar; [] is one row in
-- all): returns the keys it holds more than once.
select ${grain_columns}, count(*) as found
from ${relation}
group by all
having count(*) > 1
