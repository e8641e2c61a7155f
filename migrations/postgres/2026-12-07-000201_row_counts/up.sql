-- Exact row counts of the lists whose pages show `totalCount`, kept by triggers in the same
-- transaction as the rows they count, so a page's count costs one primary-key read however many
-- rows a tenant has. `counted` names what is counted, `scope_key` whose:
--   desktops, users, audit_log   a tenant id, 'system' (rows of no tenant) or '*' (all)
--   sources:IMAGE, sources:TEMPLATE
--                                 the same keys, sources not removed from their platform only
--   sync_runs                    a platform id
-- A missing row is a count of 0. The triggers are per statement, over its transition tables: a
-- sync that writes thousands of sources changes each count once. Rows are changed in key order,
-- so concurrent writers take their row locks in the same order.
CREATE TABLE row_counts (
    counted TEXT NOT NULL,
    scope_key TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (counted, scope_key)
);

INSERT INTO row_counts (counted, scope_key, n)
    SELECT 'desktops', tenant_id, count(*) FROM desktops GROUP BY tenant_id
    UNION ALL SELECT 'desktops', '*', count(*) FROM desktops
    UNION ALL SELECT 'users', coalesce(tenant_id, 'system'), count(*) FROM users GROUP BY tenant_id
    UNION ALL SELECT 'users', '*', count(*) FROM users
    UNION ALL SELECT 'audit_log', coalesce(tenant_id, 'system'), count(*) FROM audit_log GROUP BY tenant_id
    UNION ALL SELECT 'audit_log', '*', count(*) FROM audit_log
    UNION ALL SELECT 'sources:' || resource, coalesce(tenant_id, 'system'), count(*) FROM sources
        WHERE NOT removed GROUP BY resource, tenant_id
    UNION ALL SELECT 'sources:' || resource, '*', count(*) FROM sources WHERE NOT removed GROUP BY resource
    UNION ALL SELECT 'sync_runs', platform_id, count(*) FROM sync_runs GROUP BY platform_id;

-- The tenant wall (see 2026-11-28-000003_row_security): a session reads its tenant's counts and
-- those of no tenant; the triggers' functions run as the owner, which the wall does not stop.
GRANT SELECT ON row_counts TO xspace_app;
ALTER TABLE row_counts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_wall_read ON row_counts FOR SELECT
    USING (current_setting('xspace.tenant', true) IN ('*', scope_key) OR scope_key IN ('system', '*'));

-- Adds the counts of a statement's changes: (counted, scope_key, delta) rows, summed per key.
CREATE FUNCTION row_counts_apply(changes JSONB) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    INSERT INTO row_counts (counted, scope_key, n)
    SELECT c ->> 0, c ->> 1, sum((c ->> 2)::bigint)
    FROM jsonb_array_elements(changes) AS c
    GROUP BY c ->> 0, c ->> 1
    HAVING sum((c ->> 2)::bigint) <> 0
    ORDER BY c ->> 0, c ->> 1
    ON CONFLICT (counted, scope_key) DO UPDATE SET n = row_counts.n + EXCLUDED.n;
$$;

CREATE FUNCTION row_counts_by_tenant() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    changes JSONB;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT jsonb_agg(jsonb_build_array(TG_ARGV[0], k, n)) INTO changes FROM (
            SELECT coalesce(tenant_id, 'system') AS k, count(*) AS n FROM new_rows GROUP BY 1
            UNION ALL SELECT '*', count(*) FROM new_rows) x;
    ELSE
        SELECT jsonb_agg(jsonb_build_array(TG_ARGV[0], k, -n)) INTO changes FROM (
            SELECT coalesce(tenant_id, 'system') AS k, count(*) AS n FROM old_rows GROUP BY 1
            UNION ALL SELECT '*', count(*) FROM old_rows) x;
    END IF;
    PERFORM row_counts_apply(coalesce(changes, '[]'));
    RETURN NULL;
END $$;

CREATE TRIGGER desktops_counted_insert AFTER INSERT ON desktops
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_by_tenant('desktops');
CREATE TRIGGER desktops_counted_delete AFTER DELETE ON desktops
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_by_tenant('desktops');
CREATE TRIGGER users_counted_insert AFTER INSERT ON users
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_by_tenant('users');
CREATE TRIGGER users_counted_delete AFTER DELETE ON users
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_by_tenant('users');
CREATE TRIGGER audit_log_counted_insert AFTER INSERT ON audit_log
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_by_tenant('audit_log');
CREATE TRIGGER audit_log_counted_delete AFTER DELETE ON audit_log
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_by_tenant('audit_log');

CREATE FUNCTION row_counts_sync_runs() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    changes JSONB;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT jsonb_agg(jsonb_build_array('sync_runs', platform_id, n)) INTO changes
            FROM (SELECT platform_id, count(*) AS n FROM new_rows GROUP BY 1) x;
    ELSE
        SELECT jsonb_agg(jsonb_build_array('sync_runs', platform_id, -n)) INTO changes
            FROM (SELECT platform_id, count(*) AS n FROM old_rows GROUP BY 1) x;
    END IF;
    PERFORM row_counts_apply(coalesce(changes, '[]'));
    RETURN NULL;
END $$;

CREATE TRIGGER sync_runs_counted_insert AFTER INSERT ON sync_runs
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_sync_runs();
CREATE TRIGGER sync_runs_counted_delete AFTER DELETE ON sync_runs
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_sync_runs();

-- Sources count while not removed: a row leaves its count when removed, deleted, or moved to
-- another tenant or resource, and enters the new one. (A trigger with transition tables cannot
-- name columns: every update statement is looked at, and one that moves nothing changes nothing.)
CREATE FUNCTION row_counts_sources() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    changes JSONB;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT jsonb_agg(jsonb_build_array('sources:' || resource, k, n)) INTO changes FROM (
            SELECT resource, coalesce(tenant_id, 'system') AS k, count(*) AS n FROM new_rows WHERE NOT removed GROUP BY 1, 2
            UNION ALL SELECT resource, '*', count(*) FROM new_rows WHERE NOT removed GROUP BY 1) x;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT jsonb_agg(jsonb_build_array('sources:' || resource, k, -n)) INTO changes FROM (
            SELECT resource, coalesce(tenant_id, 'system') AS k, count(*) AS n FROM old_rows WHERE NOT removed GROUP BY 1, 2
            UNION ALL SELECT resource, '*', count(*) FROM old_rows WHERE NOT removed GROUP BY 1) x;
    ELSE
        SELECT jsonb_agg(jsonb_build_array('sources:' || resource, k, n)) INTO changes FROM (
            SELECT resource, k, sum(d) AS n FROM (
                SELECT resource, coalesce(tenant_id, 'system') AS k, 1 AS d FROM new_rows WHERE NOT removed
                UNION ALL SELECT resource, '*', 1 FROM new_rows WHERE NOT removed
                UNION ALL SELECT resource, coalesce(tenant_id, 'system'), -1 FROM old_rows WHERE NOT removed
                UNION ALL SELECT resource, '*', -1 FROM old_rows WHERE NOT removed) moves
            GROUP BY 1, 2 HAVING sum(d) <> 0) x;
    END IF;
    PERFORM row_counts_apply(coalesce(changes, '[]'));
    RETURN NULL;
END $$;

CREATE TRIGGER sources_counted_insert AFTER INSERT ON sources
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_sources();
CREATE TRIGGER sources_counted_delete AFTER DELETE ON sources
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_sources();
CREATE TRIGGER sources_counted_update AFTER UPDATE ON sources
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_sources();
