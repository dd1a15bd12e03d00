CREATE TABLE commitment_view (
    commitment_id VARCHAR(100) PRIMARY KEY,
    promise_id    VARCHAR(100)  NOT NULL,
    code          VARCHAR(20)   NOT NULL,
    priority_area VARCHAR(40)   NOT NULL,
    responsible   VARCHAR(40)   NOT NULL,
    text          VARCHAR(4000) NOT NULL,
    targets       JSONB         NOT NULL,
    pledged_at    TIMESTAMPTZ   NOT NULL
);

CREATE INDEX commitment_view_promise ON commitment_view (promise_id, code);
