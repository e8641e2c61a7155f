ALTER TABLE platform_projects DROP COLUMN placement;
ALTER TABLE platforms DROP COLUMN cap_uefi;
ALTER TABLE platforms DROP COLUMN cap_boot_mode_copy;
ALTER TABLE platforms DROP COLUMN cap_video_model_editable;
ALTER TABLE platforms DROP COLUMN cap_boot_mode_editable;
ALTER TABLE platforms DROP COLUMN uefi_setting;
ALTER TABLE platforms DROP COLUMN placement;
