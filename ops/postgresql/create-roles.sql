-- LanToa on an external PostgreSQL (15 or newer): two roles and the database.
-- Run once as a superuser, e.g.
--   sudo -u postgres psql -p 5432 -v owner_password="$OWNER_PW" -v app_password="$APP_PW" -f create-roles.sql
-- lantoa_owner owns the schema and every table; Flyway migrates as it (spring.flyway.user).
-- lantoa_app is what the application runs as (spring.datasource.username): it gets its table rights
-- from ops/flyway/afterMigrate.sql after every migration, and never UPDATE, DELETE or TRUNCATE on
-- acc_audit_log.
CREATE ROLE lantoa_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE lantoa_app LOGIN PASSWORD :'app_password';
CREATE DATABASE lantoa OWNER lantoa_owner ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE lantoa FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE lantoa TO lantoa_app;
\connect lantoa
-- PostgreSQL 15 already refuses CREATE in public to PUBLIC; say it anyway for older habits.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO lantoa_app;
