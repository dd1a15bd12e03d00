-- A promise may renew last year's ("Förnya", PromiseCreated revision 4) and its commitments carry on last year's
-- (CommitmentPledged revision 3): the dashboard compares the two. Everything stored before renews nothing (the
-- upcasters say null), so the columns need no backfill. Only the live tables change (see V10).
ALTER TABLE promise_view ADD COLUMN predecessor_id VARCHAR(100);
CREATE INDEX promise_view_predecessor ON promise_view (predecessor_id);
ALTER TABLE commitment_view ADD COLUMN predecessor_id VARCHAR(100);

-- The audit keeps a created promise as its event: it states the predecessor the upcaster gives it (none).
UPDATE audit_entry SET after_state = after_state || jsonb_build_object('predecessorId', NULL)
WHERE change = 'PROMISE_CREATED' AND jsonb_typeof(after_state) = 'object' AND NOT (after_state ? 'predecessorId');
