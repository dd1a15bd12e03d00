-- A promise defines its own priority areas and parties (events of revision 2): a pledge names an area of its
-- promise, and a pledge or revision names parties of it. The codes are kept here for those rules, with their
-- names and the promise's order for the report form.

CREATE TABLE promise_area_lookup (
    promise_id VARCHAR(255) NOT NULL,
    code       VARCHAR(20)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    ordinal    INTEGER      NOT NULL,
    CONSTRAINT promise_area_lookup_pkey PRIMARY KEY (promise_id, code),
    CONSTRAINT promise_area_lookup_promise_fkey FOREIGN KEY (promise_id) REFERENCES promise_lookup (promise_id)
);

CREATE TABLE promise_party_lookup (
    promise_id VARCHAR(255) NOT NULL,
    code       VARCHAR(20)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    ordinal    INTEGER      NOT NULL,
    CONSTRAINT promise_party_lookup_pkey PRIMARY KEY (promise_id, code),
    CONSTRAINT promise_party_lookup_promise_fkey FOREIGN KEY (promise_id) REFERENCES promise_lookup (promise_id)
);

-- A commitment may answer through any number of a promise's parties, each code up to 20 characters.
ALTER TABLE commitment_lookup ALTER COLUMN responsible TYPE TEXT;

-- The report form's area is now the code of one of its promise's areas (it held the fixed area's name); the
-- rebuild below writes it again.
ALTER TABLE report_form_commitment ALTER COLUMN priority_area TYPE VARCHAR(20) USING '';

-- Without a position, the next start rebuilds every lookup table from the event log through the lookup's own
-- handlers, which read stored events of revision 1 through the upcasters: no payload is read here.
DELETE FROM lookup_position;
