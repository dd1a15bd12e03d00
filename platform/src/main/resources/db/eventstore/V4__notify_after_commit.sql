-- The wake-up of the event streams leaves the append transaction. A NOTIFY inside it takes PostgreSQL's
-- cluster-wide notify lock from the NOTIFY until the commit has been flushed, so every event commit waited
-- for the one before it. The appending service now sends the notification itself, after its commit and
-- coalesced (se.lofteskollen.platform.eventstore.notify.AppendNotifier). Events written straight into the
-- table in SQL are found by the streams' safety poll instead.
DROP TRIGGER domain_event_appended ON domain_event_entry;
DROP FUNCTION notify_domain_event_appended();
