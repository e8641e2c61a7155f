DROP TRIGGER sources_platform_counted_move;
DROP TRIGGER sources_platform_counted_delete;
DROP TRIGGER sources_platform_counted_insert;
DELETE FROM row_counts WHERE counted LIKE 'platform_sources:%';
