-- R10: an agent is connected from `agent_connected_since` until it falls silent (NULL then).
-- `agent_reported_at` is when it was last seen, written coarsely (see src/domain/presence.rs):
-- a heartbeat that changes nothing is not written while the last write is recent.
ALTER TABLE desktops ADD COLUMN agent_connected_since TIMESTAMP;
-- Agents that reported before are taken as connected since then; the first sweep disconnects
-- the silent ones (one event each).
UPDATE desktops SET agent_connected_since = agent_reported_at WHERE agent_reported_at IS NOT NULL;
-- The sweep's lookup: connected agents by when they were last seen.
CREATE INDEX desktops_agent_seen ON desktops (agent_reported_at) WHERE agent_connected_since IS NOT NULL;
