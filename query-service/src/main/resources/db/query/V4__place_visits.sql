-- Place visits for the EST hot-spot view. Kept by the processing group "places".
CREATE TABLE place_visit (
    visit_id          VARCHAR(100) PRIMARY KEY,
    promise_id        VARCHAR(100) NOT NULL,
    commitment_id     VARCHAR(100) NOT NULL,
    -- Visits to "Stora torget" and "stora torget " are visits to one place.
    place_key         TEXT         NOT NULL,
    place_name        TEXT         NOT NULL,
    place_area        TEXT,
    lat               DOUBLE PRECISION,
    lon               DOUBLE PRECISION,
    visited_on        DATE         NOT NULL,
    recorded_at       TIMESTAMPTZ  NOT NULL,
    retracted_at      TIMESTAMPTZ,
    retraction_reason TEXT
);
CREATE INDEX place_visit_promise ON place_visit (promise_id, visited_on);
