-- Every source of a platform per resource, removed ones included, as `row_counts` keeps other
-- totals (see 2026-12-07-000201_row_counts): the total of a platform's page of images or
-- templates, which operators see with removed sources. `counted` is 'platform_sources:IMAGE' or
-- 'platform_sources:TEMPLATE', `scope_key` the platform id.
INSERT INTO row_counts (counted, scope_key, n)
    SELECT 'platform_sources:' || resource, platform_id, count(*) FROM sources GROUP BY resource, platform_id;

CREATE TRIGGER sources_platform_counted_insert AFTER INSERT ON sources BEGIN
    INSERT INTO row_counts (counted, scope_key, n) VALUES ('platform_sources:' || NEW.resource, NEW.platform_id, 1)
        ON CONFLICT (counted, scope_key) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER sources_platform_counted_delete AFTER DELETE ON sources BEGIN
    UPDATE row_counts SET n = n - 1
        WHERE counted = 'platform_sources:' || OLD.resource AND scope_key = OLD.platform_id;
END;
CREATE TRIGGER sources_platform_counted_move AFTER UPDATE OF resource, platform_id ON sources
    WHEN OLD.resource IS NOT NEW.resource OR OLD.platform_id IS NOT NEW.platform_id BEGIN
    UPDATE row_counts SET n = n - 1
        WHERE counted = 'platform_sources:' || OLD.resource AND scope_key = OLD.platform_id;
    INSERT INTO row_counts (counted, scope_key, n) VALUES ('platform_sources:' || NEW.resource, NEW.platform_id, 1)
        ON CONFLICT (counted, scope_key) DO UPDATE SET n = n + excluded.n;
END;
