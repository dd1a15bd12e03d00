-- The event log is append-only, whatever role writes to it: an UPDATE, DELETE or TRUNCATE of
-- domain_event_entry is refused by PostgreSQL itself. Axon's JDBC storage engine only ever inserts and
-- reads events (snapshots, which may be replaced, live in snapshot_event_entry). A correction is a new
-- event, never a changed one.
--
-- Triggers bind every role, the table's owner and superusers included. ENABLE ALWAYS keeps them firing
-- even in a session with session_replication_role = replica, which would skip ordinary triggers. Only the
-- owner could drop them: in production the services connect as a role that does not own the table (see
-- the README), so that not even a stolen application credential can rewrite history.
CREATE FUNCTION refuse_event_log_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'domain_event_entry is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'record a new event instead of changing or deleting one';
END;
$$;

CREATE TRIGGER domain_event_entry_append_only
    BEFORE UPDATE OR DELETE ON domain_event_entry
    FOR EACH STATEMENT
EXECUTE FUNCTION refuse_event_log_change();

CREATE TRIGGER domain_event_entry_no_truncate
    BEFORE TRUNCATE ON domain_event_entry
    FOR EACH STATEMENT
EXECUTE FUNCTION refuse_event_log_change();

ALTER TABLE domain_event_entry ENABLE ALWAYS TRIGGER domain_event_entry_append_only;
ALTER TABLE domain_event_entry ENABLE ALWAYS TRIGGER domain_event_entry_no_truncate;

REVOKE UPDATE, DELETE, TRUNCATE ON domain_event_entry FROM PUBLIC;
