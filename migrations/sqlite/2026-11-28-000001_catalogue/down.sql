DROP TABLE sync_runs;
DROP TABLE sources;
DROP TABLE platform_projects;
DROP TABLE platforms;
DROP TABLE users;
DROP TABLE tenants;
