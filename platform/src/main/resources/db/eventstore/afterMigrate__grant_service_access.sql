-- Runs as the event store's owner after every migration of the event store, pending ones or none, so a
-- table that a later version adds is covered at its first start. It grants the role the service connects
-- as (${service_role}) exactly what that service needs, and takes from it what no service may have.
-- Idempotent: granting a privilege already held changes nothing.
--
-- When the service connects as the owner itself (the local profile, the tests) there is nothing to grant.
DO $$
DECLARE
    service_role CONSTANT text := '${service_role}';
    access       CONSTANT text := '${service_access}';
BEGIN
    IF service_role = '' OR service_role = current_user THEN
        RETURN;
    END IF;
    -- Both services may start at once, each granting on the same tables: PostgreSQL refuses two
    -- concurrent changes of one table's privileges ("tuple concurrently updated"), so they take turns.
    PERFORM pg_advisory_xact_lock(hashtext('lofteskollen_event_store_grants'));

    -- No service may ever change or remove an event (the triggers of V3 refuse it too; this refuses it
    -- before any trigger runs, and stays if an owner ever drops them).
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON domain_event_entry FROM %I', service_role);

    IF access = 'append' THEN
        EXECUTE format('GRANT SELECT, INSERT ON domain_event_entry TO %I', service_role);
        -- global_index is a BIGSERIAL: an insert takes its next value.
        EXECUTE format('GRANT USAGE ON SEQUENCE domain_event_entry_global_index_seq TO %I', service_role);
        -- Snapshots are a cache of an aggregate's state, rebuilt from its events at any time; Axon's JDBC
        -- engine deletes the older ones when it stores a new one.
        EXECUTE format('GRANT SELECT, INSERT, DELETE ON snapshot_event_entry TO %I', service_role);
    ELSIF access = 'read' THEN
        EXECUTE format('GRANT SELECT ON domain_event_entry TO %I', service_role);
        -- The streaming processors' positions: claimed (SELECT ... FOR UPDATE needs UPDATE), created,
        -- moved, and deleted when segments merge or a rebuild resets them.
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON token_entry TO %I', service_role);
    ELSE
        RAISE EXCEPTION 'unknown event store access "%": append or read', access;
    END IF;
END
$$;
