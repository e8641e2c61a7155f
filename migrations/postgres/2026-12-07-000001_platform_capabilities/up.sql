-- What each platform's driver answered it can do (R1; NULL until it first answered), the
-- operator's UEFI override, and where new desktop VMs go (JSON), per platform and per mapping.
ALTER TABLE platforms ADD COLUMN placement TEXT;
ALTER TABLE platforms ADD COLUMN uefi_setting BOOLEAN;
ALTER TABLE platforms ADD COLUMN cap_boot_mode_editable BOOLEAN;
ALTER TABLE platforms ADD COLUMN cap_video_model_editable BOOLEAN;
ALTER TABLE platforms ADD COLUMN cap_boot_mode_copy BOOLEAN;
ALTER TABLE platforms ADD COLUMN cap_uefi BOOLEAN;
ALTER TABLE platform_projects ADD COLUMN placement TEXT;
