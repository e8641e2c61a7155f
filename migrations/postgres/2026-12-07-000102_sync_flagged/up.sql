-- Desktops a sync imported but flagged (R6/R8: boot mode unlike the source's, source not virtio).
ALTER TABLE sync_runs ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0;
