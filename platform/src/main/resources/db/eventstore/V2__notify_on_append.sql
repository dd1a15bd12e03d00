-- Wakes the streaming processors of every service the moment events are committed, instead of
-- leaving them to poll. One notification per statement; PostgreSQL folds identical notifications of
-- one transaction into one and delivers them only at commit, so a reader never wakes for an event it
-- cannot see yet.
CREATE FUNCTION notify_domain_event_appended() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('domain_event_appended', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER domain_event_appended
    AFTER INSERT ON domain_event_entry
    FOR EACH STATEMENT
EXECUTE FUNCTION notify_domain_event_appended();
