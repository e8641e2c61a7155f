-- Names sort byte-wise (COLLATE "C") as on SQLite, so lists and cursors agree on both backends.

CREATE TABLE tenants (
    id TEXT PRIMARY KEY NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    name TEXT COLLATE "C" NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- namespace is '' for the system namespace and the tenant id otherwise, so that a username is
-- unique per namespace on both backends (NULLs never collide in a UNIQUE constraint).
CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT REFERENCES tenants(id),
    namespace TEXT NOT NULL,
    username TEXT COLLATE "C" NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    token_version INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (namespace, username)
);
CREATE INDEX users_by_tenant ON users (tenant_id, username, id);
CREATE INDEX users_by_name ON users (username, id);

CREATE TABLE platforms (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT COLLATE "C" NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    secret_enc TEXT,
    sync_interval_seconds INTEGER,
    available BOOLEAN,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE platform_projects (
    platform_id TEXT NOT NULL REFERENCES platforms(id) ON DELETE CASCADE,
    project TEXT NOT NULL,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (platform_id, project)
);
CREATE INDEX platform_projects_by_tenant ON platform_projects (tenant_id, platform_id, position);

CREATE TABLE sources (
    id TEXT PRIMARY KEY NOT NULL,
    platform_id TEXT NOT NULL REFERENCES platforms(id) ON DELETE CASCADE,
    resource TEXT NOT NULL,
    external_id TEXT NOT NULL,
    name TEXT COLLATE "C" NOT NULL,
    boot_mode TEXT,
    video_model TEXT,
    status TEXT NOT NULL,
    size_bytes BIGINT,
    project TEXT,
    tenant_id TEXT REFERENCES tenants(id),
    os_type TEXT,
    os_distro TEXT,
    os_username TEXT,
    os_password_enc TEXT,
    credentials_version INTEGER NOT NULL DEFAULT 0,
    removed BOOLEAN NOT NULL DEFAULT FALSE,
    version INTEGER NOT NULL DEFAULT 1,
    synced_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (platform_id, external_id)
);
CREATE INDEX sources_by_scope ON sources (resource, tenant_id, name, id);
CREATE INDEX sources_by_platform ON sources (platform_id, resource, name, id);
CREATE INDEX sources_by_tenant ON sources (tenant_id, resource, name, id);

CREATE TABLE sync_runs (
    id TEXT PRIMARY KEY NOT NULL,
    platform_id TEXT NOT NULL REFERENCES platforms(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    added INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    removed INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    notes TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX sync_runs_by_platform ON sync_runs (platform_id, started_at DESC, id DESC);
