-- A desktop is a VM made from a source, in its tenant's project on the source's platform.
-- Credentials: a copy of the source's (R12, with the source's credentials_version at copy time
-- for R13 staleness) and optional custom ones (R14); passwords are sealed, bound to this row.
CREATE TABLE desktops (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    owner_id TEXT REFERENCES users(id),
    platform_id TEXT NOT NULL REFERENCES platforms(id),
    source_id TEXT NOT NULL REFERENCES sources(id),
    external_id TEXT NOT NULL,
    name TEXT COLLATE "C" NOT NULL,
    boot_mode TEXT NOT NULL,
    login_mode TEXT NOT NULL,
    ad_domain TEXT,
    removed BOOLEAN NOT NULL DEFAULT FALSE,
    image_username TEXT,
    image_password_enc TEXT,
    image_copy_at TIMESTAMP,
    image_copy_version INTEGER,
    custom_username TEXT,
    custom_password_enc TEXT,
    agent_token_hash TEXT,
    agent_os_type TEXT,
    agent_os_distro TEXT,
    agent_os_version TEXT,
    agent_hostname TEXT,
    agent_version TEXT,
    agent_reported_at TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (platform_id, external_id)
);
CREATE INDEX desktops_by_tenant ON desktops (tenant_id, name, id);
CREATE INDEX desktops_by_owner ON desktops (owner_id, name, id);
CREATE INDEX desktops_by_source ON desktops (source_id, name, id);
CREATE INDEX desktops_by_platform ON desktops (platform_id, name, id);
CREATE INDEX desktops_by_name ON desktops (name, id);
CREATE UNIQUE INDEX desktops_by_agent_token ON desktops (agent_token_hash);

-- Who did what, when, and how it ended. Never a secret.
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY NOT NULL,
    at TIMESTAMP NOT NULL,
    actor_id TEXT,
    tenant_id TEXT,
    action TEXT NOT NULL,
    target_id TEXT,
    outcome TEXT NOT NULL,
    detail TEXT
);
CREATE INDEX audit_log_by_time ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_by_tenant ON audit_log (tenant_id, at DESC, id DESC);
