-- A platform's sync history for the pages benchmark (bench/pages/pages.sh): the platform's sync
-- run made through the API, copied further back in time (one an hour) until it has `runs` of
-- them. psql variables: platform (the platform's id), runs.
INSERT INTO sync_runs (id, platform_id, status, started_at, finished_at, added, updated, removed, error, notes, flagged)
SELECT gen_random_uuid()::text, r.platform_id, r.status, r.started_at - g * interval '1 hour',
       r.finished_at - g * interval '1 hour', r.added, r.updated, r.removed, r.error, r.notes, r.flagged
FROM (SELECT * FROM sync_runs WHERE platform_id = :'platform' ORDER BY started_at LIMIT 1) AS r
CROSS JOIN generate_series(1, :runs - (SELECT count(*) FROM sync_runs WHERE platform_id = :'platform')) AS g;
