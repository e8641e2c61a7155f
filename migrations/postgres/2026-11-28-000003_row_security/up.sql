-- Row-level security: the second wall between tenants, behind every query's own scope.
--
-- The service's pooled sessions run as role xspace_app (SET ROLE at connect), which neither owns
-- these tables nor bypasses row security. Each session carries the scope of the work it does in
-- the setting xspace.tenant: '*' (every tenant: system admins, the service's own jobs), a tenant
-- id, or unset (nothing of any tenant). Rows that belong to no tenant (system images and
-- templates, system admins, platforms, sync runs) are outside the wall.

DO $$
BEGIN
    -- Made already by another database of the same server, or beforehand by whoever may (the
    -- migrating user then needs no CREATEROLE).
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'xspace_app') THEN
        CREATE ROLE xspace_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL; -- made at the same moment by another database's migration
END
$$;

-- The migrating user (the tables' owner) must be able to SET ROLE xspace_app; a superuser can
-- already, and a role without the right to grant it gets a clear error at its first connection.
DO $$
BEGIN
    EXECUTE format('GRANT xspace_app TO %I', current_user);
EXCEPTION WHEN OTHERS THEN
    NULL;
END
$$;

GRANT USAGE ON SCHEMA public TO xspace_app;
GRANT SELECT, INSERT, UPDATE, DELETE
    ON tenants, users, platforms, platform_projects, sources, sync_runs, desktops, audit_log
    TO xspace_app;

ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_wall ON tenants
    USING (current_setting('xspace.tenant', true) IN ('*', id))
    WITH CHECK (current_setting('xspace.tenant', true) = '*');

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_wall ON users
    USING (current_setting('xspace.tenant', true) IN ('*', tenant_id));

ALTER TABLE platform_projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_wall ON platform_projects
    USING (current_setting('xspace.tenant', true) IN ('*', tenant_id));

-- Every tenant reads the system catalogue (tenant_id NULL); only system scope changes it.
ALTER TABLE sources ENABLE ROW LEVEL SECURITY;
CREATE POLICY system_catalogue_read ON sources FOR SELECT
    USING (tenant_id IS NULL);
CREATE POLICY tenant_wall ON sources
    USING (current_setting('xspace.tenant', true) IN ('*', tenant_id));

ALTER TABLE desktops ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_wall ON desktops
    USING (current_setting('xspace.tenant', true) IN ('*', tenant_id));

-- An entry about nothing a viewer can see (a refused attempt, an anonymous call) has no tenant.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_wall_read ON audit_log FOR SELECT
    USING (current_setting('xspace.tenant', true) IN ('*', tenant_id));
CREATE POLICY tenant_wall_write ON audit_log FOR INSERT
    WITH CHECK (tenant_id IS NULL OR current_setting('xspace.tenant', true) IN ('*', tenant_id));
