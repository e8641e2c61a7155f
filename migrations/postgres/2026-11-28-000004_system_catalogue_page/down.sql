DROP INDEX sources_system_page;
