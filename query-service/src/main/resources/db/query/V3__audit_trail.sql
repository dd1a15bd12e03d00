-- Every change, with who made it (from the event's metadata), what it was before and after, and why.
-- Kept by the processing group "audit".
CREATE TABLE audit_entry (
    event_id       VARCHAR(100) PRIMARY KEY,
    position       BIGINT       NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    user_id        VARCHAR(100),
    user_name      TEXT,
    organisation   VARCHAR(40),
    role           VARCHAR(40),
    client         VARCHAR(40),
    promise_id     VARCHAR(100) NOT NULL,
    subject_type   VARCHAR(20)  NOT NULL,
    subject_id     VARCHAR(100) NOT NULL,
    change         VARCHAR(40)  NOT NULL,
    changed_fields VARCHAR(200),
    before_state   JSONB,
    after_state    JSONB,
    reason         TEXT
);
CREATE INDEX audit_entry_user ON audit_entry (user_id, recorded_at);
CREATE INDEX audit_entry_recorded ON audit_entry (recorded_at);
CREATE INDEX audit_entry_subject ON audit_entry (subject_id, position);

CREATE TABLE audit_entry_commitment (
    event_id      VARCHAR(100) NOT NULL REFERENCES audit_entry (event_id) ON DELETE CASCADE,
    commitment_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (event_id, commitment_id)
);
CREATE INDEX audit_entry_commitment_commitment ON audit_entry_commitment (commitment_id);
