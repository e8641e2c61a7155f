-- Row-level security is PostgreSQL's (see the migration of the same name there); SQLite has one
-- process and no roles.
SELECT 1;
