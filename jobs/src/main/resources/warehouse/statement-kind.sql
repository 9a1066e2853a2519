-- How DuckDB's own parser reads a statement given to `lianggang sql` (the one parameter): json_serialize_sql
-- serializes SELECT statements only (SELECT, WITH, FROM …, VALUES, DESCRIBE, SHOW, SUMMARIZE) and answers an error
-- for any other statement (COPY, EXPORT, ATTACH, SET …, also one hidden after a query or a comment) and for a
-- syntax error, which it names with error_type 'parser'.
-- Grain: one row.
with parsed as (
    select json_serialize_sql(?::varchar) as tree
)

select coalesce(json_extract(tree, '$.error')::boolean, false) as refused,
       json_extract_string(tree, '$.error_type') as error_type,
       json_extract_string(tree, '$.error_message') as error_message
from parsed;
