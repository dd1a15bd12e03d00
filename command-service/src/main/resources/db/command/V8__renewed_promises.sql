-- A promise may renew last year's ("Förnya", PromiseCreated revision 4), and its commitments carry on last year's
-- (CommitmentPledged revision 3). A promise is renewed once: the unique key keeps a second renewal, racing on
-- another instance, from committing. Every promise and commitment stored before renews nothing (the upcasters say
-- null), so the new columns need no backfill.
ALTER TABLE promise_lookup ADD COLUMN predecessor_id VARCHAR(255);
CREATE UNIQUE INDEX promise_lookup_predecessor ON promise_lookup (predecessor_id);
ALTER TABLE commitment_lookup ADD COLUMN predecessor_id VARCHAR(255);
