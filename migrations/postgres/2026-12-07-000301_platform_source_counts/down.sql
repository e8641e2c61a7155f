DROP TRIGGER sources_platform_counted_update ON sources;
DROP TRIGGER sources_platform_counted_delete ON sources;
DROP TRIGGER sources_platform_counted_insert ON sources;
DROP FUNCTION row_counts_platform_sources();
DELETE FROM row_counts WHERE counted LIKE 'platform_sources:%';
