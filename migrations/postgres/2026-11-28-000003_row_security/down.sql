DROP POLICY tenant_wall_write ON audit_log;
DROP POLICY tenant_wall_read ON audit_log;
ALTER TABLE audit_log DISABLE ROW LEVEL SECURITY;
DROP POLICY tenant_wall ON desktops;
ALTER TABLE desktops DISABLE ROW LEVEL SECURITY;
DROP POLICY tenant_wall ON sources;
DROP POLICY system_catalogue_read ON sources;
ALTER TABLE sources DISABLE ROW LEVEL SECURITY;
DROP POLICY tenant_wall ON platform_projects;
ALTER TABLE platform_projects DISABLE ROW LEVEL SECURITY;
DROP POLICY tenant_wall ON users;
ALTER TABLE users DISABLE ROW LEVEL SECURITY;
DROP POLICY tenant_wall ON tenants;
ALTER TABLE tenants DISABLE ROW LEVEL SECURITY;
REVOKE ALL ON tenants, users, platforms, platform_projects, sources, sync_runs, desktops, audit_log
    FROM xspace_app;
REVOKE USAGE ON SCHEMA public FROM xspace_app;
-- The role itself stays: other databases of the server may use it.
