ALTER TABLE sync_runs DROP COLUMN flagged;
