-- A page of the system catalogue (vdiImages, vdiTemplates: tenant_id IS NULL, ordered by name then
-- id) read in index order: sources_by_scope cannot serve that order, an IS NULL not being an equality.
CREATE INDEX sources_system_page ON sources (resource, name, id) WHERE tenant_id IS NULL;
