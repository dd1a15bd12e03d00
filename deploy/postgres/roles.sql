-- Löfteskollen's database roles: least privilege for each service (see the README, "Deploying").
--
--   psql -X -v ON_ERROR_STOP=1 -d lofteskollen \
--        -v owner_password=... -v command_password=... -v query_password=... \
--        -f deploy/postgres/roles.sql
--
-- Run it once per database, as a superuser (or a role with CREATEROLE that owns the database), connected
-- to the database the services use. Running it again changes nothing but the passwords, to the ones given.
-- Optional: -v owner_role=... -v command_role=... -v query_role=... (defaults below).
--
--   owner_role    owns the event store's tables and runs their migrations; the services use it only for
--                 that (lofteskollen.event-store.migration.username/password).
--   command_role  the command-service's own role: owns its lookup tables; on the event log only SELECT and
--                 INSERT (no UPDATE, DELETE or TRUNCATE).
--   query_role    the query-service's own role: owns its read models; on the event log only SELECT.
--
-- What each service may do in the event store's tables is granted by the event store's migrations
-- themselves, as the owner, at every start (platform: db/eventstore/afterMigrate__grant_service_access.sql),
-- so that a table added by a later version is covered too. This script only creates the roles and lets
-- them into the database and its schema.
--
-- Works on PostgreSQL 14 (what the tests run on) and later: nothing here relies on a version's defaults.

\set ON_ERROR_STOP on

\if :{?owner_role}
\else
\set owner_role lofteskollen_owner
\endif
\if :{?command_role}
\else
\set command_role lofteskollen_command
\endif
\if :{?query_role}
\else
\set query_role lofteskollen_query
\endif

-- A missing password stops the script before it changes anything (psql would otherwise send the text
-- ":'owner_password'" to the server).
\if :{?owner_password}
\else
DO $$ BEGIN RAISE EXCEPTION 'roles.sql: give -v owner_password=...'; END $$;
\endif
\if :{?command_password}
\else
DO $$ BEGIN RAISE EXCEPTION 'roles.sql: give -v command_password=...'; END $$;
\endif
\if :{?query_password}
\else
DO $$ BEGIN RAISE EXCEPTION 'roles.sql: give -v query_password=...'; END $$;
\endif
SELECT :'owner_password' <> '' AND :'command_password' <> '' AND :'query_password' <> '' AS passwords_given,
       count(DISTINCT r) = 3 AS roles_distinct
FROM unnest(ARRAY[:'owner_role', :'command_role', :'query_role']) AS r \gset
\if :passwords_given
\else
DO $$ BEGIN RAISE EXCEPTION 'roles.sql: a password is empty'; END $$;
\endif
\if :roles_distinct
\else
DO $$ BEGIN RAISE EXCEPTION 'roles.sql: the owner, command and query roles must be three different roles'; END $$;
\endif

BEGIN;

-- CREATE ROLE has no IF NOT EXISTS: create what is missing, then set every role's attributes and password,
-- so a second run (or a password rotation) leaves the roles exactly as described here.
SELECT format('CREATE ROLE %I', r)
FROM unnest(ARRAY[:'owner_role', :'command_role', :'query_role']) AS r
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) \gexec

-- Login roles and nothing more: none is a superuser (a superuser skips every privilege check, and could
-- drop the append-only triggers), none creates databases or roles, none bypasses row security.
ALTER ROLE :"owner_role"   WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'owner_password';
ALTER ROLE :"command_role" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'command_password';
ALTER ROLE :"query_role"   WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'query_password';

-- Only these roles (and superusers) connect to this database: by default every role may.
REVOKE CONNECT ON DATABASE :"DBNAME" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"DBNAME" TO :"owner_role", :"command_role", :"query_role";

-- Each role creates and so owns its own tables in the public schema: the owner the event store's, the
-- command role its lookups, the query role its read models (each with its own Flyway history table).
-- PostgreSQL 15 and later already refuse CREATE to everyone else; 14 lets every role create here.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO :"owner_role", :"command_role", :"query_role";
-- A rebuild builds the read models beside the live ones, in a schema of its own (readmodels_next) that the query
-- role creates and drops.
GRANT CREATE ON DATABASE :"DBNAME" TO :"query_role";

COMMIT;
