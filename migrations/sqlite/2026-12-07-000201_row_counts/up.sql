-- Exact row counts of the lists whose pages show `totalCount`, kept by triggers in the same
-- transaction as the rows they count, so a page's count costs one primary-key read however many
-- rows a tenant has. `counted` names what is counted, `scope_key` whose:
--   desktops, users, audit_log   a tenant id, 'system' (rows of no tenant) or '*' (all)
--   sources:IMAGE, sources:TEMPLATE
--                                 the same keys, sources not removed from their platform only
--   sync_runs                    a platform id
-- A missing row is a count of 0.
CREATE TABLE row_counts (
    counted TEXT NOT NULL,
    scope_key TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (counted, scope_key)
) WITHOUT ROWID;

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

CREATE TRIGGER desktops_counted_insert AFTER INSERT ON desktops BEGIN
    INSERT INTO row_counts (counted, scope_key, n) VALUES ('desktops', NEW.tenant_id, 1), ('desktops', '*', 1)
        ON CONFLICT (counted, scope_key) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER desktops_counted_delete AFTER DELETE ON desktops BEGIN
    UPDATE row_counts SET n = n - 1 WHERE counted = 'desktops' AND scope_key IN (OLD.tenant_id, '*');
END;

CREATE TRIGGER users_counted_insert AFTER INSERT ON users BEGIN
    INSERT INTO row_counts (counted, scope_key, n)
        VALUES ('users', coalesce(NEW.tenant_id, 'system'), 1), ('users', '*', 1)
        ON CONFLICT (counted, scope_key) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER users_counted_delete AFTER DELETE ON users BEGIN
    UPDATE row_counts SET n = n - 1
        WHERE counted = 'users' AND scope_key IN (coalesce(OLD.tenant_id, 'system'), '*');
END;

CREATE TRIGGER audit_log_counted_insert AFTER INSERT ON audit_log BEGIN
    INSERT INTO row_counts (counted, scope_key, n)
        VALUES ('audit_log', coalesce(NEW.tenant_id, 'system'), 1), ('audit_log', '*', 1)
        ON CONFLICT (counted, scope_key) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER audit_log_counted_delete AFTER DELETE ON audit_log BEGIN
    UPDATE row_counts SET n = n - 1
        WHERE counted = 'audit_log' AND scope_key IN (coalesce(OLD.tenant_id, 'system'), '*');
END;

CREATE TRIGGER sync_runs_counted_insert AFTER INSERT ON sync_runs BEGIN
    INSERT INTO row_counts (counted, scope_key, n) VALUES ('sync_runs', NEW.platform_id, 1)
        ON CONFLICT (counted, scope_key) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER sync_runs_counted_delete AFTER DELETE ON sync_runs BEGIN
    UPDATE row_counts SET n = n - 1 WHERE counted = 'sync_runs' AND scope_key = OLD.platform_id;
END;

-- Sources count while not removed: a row leaves its count when removed, deleted, or moved to
-- another tenant or resource, and enters the new one.
CREATE TRIGGER sources_counted_insert AFTER INSERT ON sources WHEN NOT NEW.removed BEGIN
    INSERT INTO row_counts (counted, scope_key, n)
        VALUES ('sources:' || NEW.resource, coalesce(NEW.tenant_id, 'system'), 1),
               ('sources:' || NEW.resource, '*', 1)
        ON CONFLICT (counted, scope_key) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER sources_counted_delete AFTER DELETE ON sources WHEN NOT OLD.removed BEGIN
    UPDATE row_counts SET n = n - 1
        WHERE counted = 'sources:' || OLD.resource AND scope_key IN (coalesce(OLD.tenant_id, 'system'), '*');
END;
CREATE TRIGGER sources_counted_leave AFTER UPDATE OF removed, tenant_id, resource ON sources
    WHEN NOT OLD.removed BEGIN
    UPDATE row_counts SET n = n - 1
        WHERE counted = 'sources:' || OLD.resource AND scope_key IN (coalesce(OLD.tenant_id, 'system'), '*');
END;
CREATE TRIGGER sources_counted_enter AFTER UPDATE OF removed, tenant_id, resource ON sources
    WHEN NOT NEW.removed BEGIN
    INSERT INTO row_counts (counted, scope_key, n)
        VALUES ('sources:' || NEW.resource, coalesce(NEW.tenant_id, 'system'), 1),
               ('sources:' || NEW.resource, '*', 1)
        ON CONFLICT (counted, scope_key) DO UPDATE SET n = n + excluded.n;
END;
