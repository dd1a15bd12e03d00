-- A promise names the organisation that acts as each of its parties (PromiseCreated revision 3): its staff report on
-- what the party answers for, and coordinate the promise. Promises created before were acted on by the organisation
-- of the party's own code (POLICE, MUNICIPALITY), as the upcaster reads their events: the same is written here,
-- without reading payloads.
ALTER TABLE promise_party_lookup ADD COLUMN organisation VARCHAR(60);
UPDATE promise_party_lookup SET organisation = code;
ALTER TABLE promise_party_lookup ALTER COLUMN organisation SET NOT NULL;
CREATE INDEX promise_party_lookup_organisation ON promise_party_lookup (organisation);
