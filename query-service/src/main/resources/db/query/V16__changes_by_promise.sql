-- A promise's changes, newest first, a page at a time (the dashboard's "Ändringar").
CREATE INDEX audit_entry_promise ON audit_entry (promise_id, position);
