-- Every source of a platform per resource, removed ones included, as `row_counts` keeps other
-- totals (see 2026-12-07-000201_row_counts): the total of a platform's page of images or
-- templates, which operators see with removed sources. `counted` is 'platform_sources:IMAGE' or
-- 'platform_sources:TEMPLATE', `scope_key` the platform id (read by system sessions only, as the
-- wall lets through for keys that name no tenant).
INSERT INTO row_counts (counted, scope_key, n)
    SELECT 'platform_sources:' || resource, platform_id, count(*) FROM sources GROUP BY resource, platform_id;

CREATE FUNCTION row_counts_platform_sources() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    changes JSONB;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT jsonb_agg(jsonb_build_array('platform_sources:' || resource, platform_id, n)) INTO changes
            FROM (SELECT resource, platform_id, count(*) AS n FROM new_rows GROUP BY 1, 2) x;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT jsonb_agg(jsonb_build_array('platform_sources:' || resource, platform_id, -n)) INTO changes
            FROM (SELECT resource, platform_id, count(*) AS n FROM old_rows GROUP BY 1, 2) x;
    ELSE
        SELECT jsonb_agg(jsonb_build_array('platform_sources:' || resource, platform_id, n)) INTO changes FROM (
            SELECT resource, platform_id, sum(d) AS n FROM (
                SELECT resource, platform_id, 1 AS d FROM new_rows
                UNION ALL SELECT resource, platform_id, -1 FROM old_rows) moves
            GROUP BY 1, 2 HAVING sum(d) <> 0) x;
    END IF;
    PERFORM row_counts_apply(coalesce(changes, '[]'));
    RETURN NULL;
END $$;

CREATE TRIGGER sources_platform_counted_insert AFTER INSERT ON sources
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_platform_sources();
CREATE TRIGGER sources_platform_counted_delete AFTER DELETE ON sources
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_platform_sources();
CREATE TRIGGER sources_platform_counted_update AFTER UPDATE ON sources
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION row_counts_platform_sources();
