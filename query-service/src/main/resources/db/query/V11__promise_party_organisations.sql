-- A promise names the organisation that acts as each of its parties (PromiseCreated revision 3): who may read the
-- promise follows from it. The parties stored before were acted on by the organisation of the party's own code
-- (POLICE, MUNICIPALITY), as the upcaster reads their events: the same is written here, without reading payloads.
-- Only the live tables change (see V10 on a rebuild's unfinished tables).
ALTER TABLE promise_party ADD COLUMN organisation TEXT;
UPDATE promise_party SET organisation = code;
ALTER TABLE promise_party ALTER COLUMN organisation SET NOT NULL;
CREATE INDEX promise_party_organisation ON promise_party (organisation, promise_id);

-- The audit keeps a created promise's state as JSON: its parties gain the organisation the upcaster gives them.
UPDATE audit_entry e SET after_state = jsonb_set(e.after_state, '{parties}', (
        SELECT jsonb_agg(CASE WHEN party ? 'organisation' THEN party
                              ELSE party || jsonb_build_object('organisation', party -> 'code') END ORDER BY n)
        FROM jsonb_array_elements(e.after_state -> 'parties') WITH ORDINALITY AS parties(party, n)))
WHERE e.change = 'PROMISE_CREATED' AND jsonb_typeof(e.after_state -> 'parties') = 'array'
  AND jsonb_array_length(e.after_state -> 'parties') > 0;

-- Who did what names their organisations, joined (a coordinator may belong to several, each code up to 60
-- characters): VARCHAR(40) is too small. (From VARCHAR to TEXT rewrites no row.)
ALTER TABLE report_view ALTER COLUMN organisation TYPE TEXT;
ALTER TABLE report_retraction ALTER COLUMN organisation TYPE TEXT;
ALTER TABLE milestone_view ALTER COLUMN organisation TYPE TEXT;
ALTER TABLE status_note_view ALTER COLUMN organisation TYPE TEXT;
ALTER TABLE audit_entry ALTER COLUMN organisation TYPE TEXT;
