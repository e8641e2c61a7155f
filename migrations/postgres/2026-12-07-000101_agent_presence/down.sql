DROP INDEX desktops_agent_seen;
ALTER TABLE desktops DROP COLUMN agent_connected_since;
