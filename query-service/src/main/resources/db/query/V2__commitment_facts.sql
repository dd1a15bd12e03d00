-- Everything progress, commitment detail and the follow-up report are computed from: every fact with
-- the instant it was recorded (for knownAt) and, where it has one, the date it happened (for asOf).
-- Kept by the processing group "commitments".

-- The first slice's rows lack the history below. Emptying the table and forgetting the processor's
-- token makes the processor replay the event store from its start on the first run of this version.
TRUNCATE commitment_view;
DELETE FROM token_entry WHERE processor_name = 'commitments';

CREATE TABLE promise_view (
    promise_id       VARCHAR(100) PRIMARY KEY,
    year             INTEGER      NOT NULL,
    title            TEXT         NOT NULL,
    police_area      TEXT,
    municipality     TEXT,
    created_at       TIMESTAMPTZ  NOT NULL,
    signed_on        DATE,
    signed_at        TIMESTAMPTZ,
    signatories      JSONB,
    closed_on        DATE,
    closed_at        TIMESTAMPTZ,
    closing_summary  TEXT,
    last_position    BIGINT       NOT NULL
);

-- The commitment as it stands now (the latest version), with its withdrawal.
ALTER TABLE commitment_view
    ALTER COLUMN text TYPE TEXT,
    ADD COLUMN revised_at        TIMESTAMPTZ,
    ADD COLUMN withdrawn_at      TIMESTAMPTZ,
    ADD COLUMN withdrawal_reason TEXT,
    ADD COLUMN last_position     BIGINT NOT NULL;

-- Every state a commitment has had: the pledge is the first, each revision one more. The targets in
-- force at a knownAt instant are those of the latest version recorded by then.
CREATE TABLE commitment_version (
    event_id      VARCHAR(100) PRIMARY KEY,
    commitment_id VARCHAR(100) NOT NULL,
    promise_id    VARCHAR(100) NOT NULL,
    position      BIGINT       NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    text          TEXT         NOT NULL,
    responsible   VARCHAR(40)  NOT NULL,
    targets       JSONB        NOT NULL,
    reason        TEXT
);
CREATE INDEX commitment_version_commitment ON commitment_version (commitment_id, position);
CREATE INDEX commitment_version_promise ON commitment_version (promise_id);

CREATE TABLE commitment_baseline (
    event_id      VARCHAR(100) PRIMARY KEY,
    commitment_id VARCHAR(100) NOT NULL,
    promise_id    VARCHAR(100) NOT NULL,
    position      BIGINT       NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    value         INTEGER      NOT NULL,
    basis         TEXT
);
CREATE INDEX commitment_baseline_commitment ON commitment_baseline (commitment_id, position);
CREATE INDEX commitment_baseline_promise ON commitment_baseline (promise_id);

-- Meetings, place visits and activities. One report can serve several commitments.
CREATE TABLE report_view (
    report_id        VARCHAR(100) PRIMARY KEY,
    promise_id       VARCHAR(100) NOT NULL,
    position         BIGINT       NOT NULL,
    report_type      VARCHAR(20)  NOT NULL,
    network          VARCHAR(20),
    activity_kind    VARCHAR(30),
    quantity         INTEGER      NOT NULL,
    occurred_on      DATE         NOT NULL,
    recorded_at      TIMESTAMPTZ  NOT NULL,
    participants     INTEGER,
    place_name       TEXT,
    place_area       TEXT,
    place_lat        DOUBLE PRECISION,
    place_lon        DOUBLE PRECISION,
    problem_picture  TEXT,
    measures         TEXT,
    notes            TEXT,
    user_id          VARCHAR(100),
    user_name        TEXT,
    organisation     VARCHAR(40)
);
CREATE INDEX report_view_promise ON report_view (promise_id, occurred_on);

CREATE TABLE report_commitment (
    report_id     VARCHAR(100) NOT NULL REFERENCES report_view (report_id) ON DELETE CASCADE,
    commitment_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (report_id, commitment_id)
);
CREATE INDEX report_commitment_commitment ON report_commitment (commitment_id);

-- A retraction is its own row, not a flag on the report: "was it retracted at knownAt?" needs its
-- instant, and a retraction stays readable whatever order the two facts arrive in.
CREATE TABLE report_retraction (
    report_id    VARCHAR(100) PRIMARY KEY,
    promise_id   VARCHAR(100) NOT NULL,
    event_id     VARCHAR(100) NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL,
    reason       TEXT         NOT NULL,
    user_id      VARCHAR(100),
    user_name    TEXT,
    organisation VARCHAR(40)
);
CREATE INDEX report_retraction_promise ON report_retraction (promise_id);

CREATE TABLE milestone_view (
    event_id      VARCHAR(100) PRIMARY KEY,
    commitment_id VARCHAR(100) NOT NULL,
    promise_id    VARCHAR(100) NOT NULL,
    position      BIGINT       NOT NULL,
    milestone     TEXT         NOT NULL,
    reached_on    DATE         NOT NULL,
    notes         TEXT,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    user_id       VARCHAR(100),
    user_name     TEXT,
    organisation  VARCHAR(40)
);
CREATE INDEX milestone_view_commitment ON milestone_view (commitment_id);
CREATE INDEX milestone_view_promise ON milestone_view (promise_id);

CREATE TABLE status_note_view (
    event_id      VARCHAR(100) PRIMARY KEY,
    commitment_id VARCHAR(100) NOT NULL,
    promise_id    VARCHAR(100) NOT NULL,
    position      BIGINT       NOT NULL,
    note          TEXT         NOT NULL,
    -- A note has no date of its own: the day it was written (Swedish time) stands for it under asOf.
    written_on    DATE         NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    user_id       VARCHAR(100),
    user_name     TEXT,
    organisation  VARCHAR(40)
);
CREATE INDEX status_note_view_commitment ON status_note_view (commitment_id);
CREATE INDEX status_note_view_promise ON status_note_view (promise_id);
