-- API tokens: a credential of its own for automation, acting as the user who made it. Only the
-- SHA-256 of the secret is kept. `tenant_id` is the owner's (NULL for system admins), kept here so
-- that a tenant's tokens are one scoped read; `token_version` is the owner's when the token was
-- made: a later bump (disabled, enabled, new password) ends it.
CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY NOT NULL,
    tenant_id TEXT REFERENCES tenants(id),
    owner_id TEXT NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    token_version INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at TIMESTAMP
);
CREATE INDEX api_tokens_by_owner ON api_tokens (owner_id, name, id);
CREATE INDEX api_tokens_by_tenant ON api_tokens (tenant_id, name, id);
CREATE INDEX api_tokens_by_name ON api_tokens (name, id);
