-- The command side's lookup: what one aggregate cannot see alone (does the promise exist, is it closed,
-- is a code taken, which commitments exist and are not withdrawn, who answers for them). Kept by a
-- subscribing event handler in the same transaction as the events, so it is never behind the event store.

CREATE TABLE promise_lookup (
    promise_id VARCHAR(255) NOT NULL,
    year       INTEGER      NOT NULL,
    closed     BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT promise_lookup_pkey PRIMARY KEY (promise_id)
);

CREATE TABLE commitment_lookup (
    commitment_id VARCHAR(255) NOT NULL,
    promise_id    VARCHAR(255) NOT NULL,
    code          VARCHAR(20)  NOT NULL,
    -- The responsible parties, sorted and comma-separated (e.g. MUNICIPALITY,POLICE): what per-organisation
    -- authorisation of reports will check.
    responsible   VARCHAR(40)  NOT NULL,
    withdrawn     BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT commitment_lookup_pkey PRIMARY KEY (commitment_id),
    CONSTRAINT commitment_lookup_promise_fkey FOREIGN KEY (promise_id) REFERENCES promise_lookup (promise_id),
    -- Two pledges of one code racing each other both pass the aggregate's check; this makes the later
    -- commit fail, and with it its events.
    CONSTRAINT commitment_lookup_code_key UNIQUE (promise_id, code)
);
