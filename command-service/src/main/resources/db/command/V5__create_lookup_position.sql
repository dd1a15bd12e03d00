-- How far the lookup tables (promise_lookup, commitment_lookup, report_form_commitment) reflect the event log:
-- every event their handlers take, up to the global index `through`, is in them. Each command whose events they
-- take moves it on, in the command's own transaction. At start-up the command-service rebuilds the lookups from
-- the event log when an event they take lies beyond it, or when there is no row: a new database, one restored from
-- an archive of the event log alone, or this table just created (the first start after this migration rebuilds
-- them once). See se.lofteskollen.command.lookup.LookupRebuild.

CREATE TABLE lookup_position (
    -- One row at most.
    lookup     BOOLEAN     NOT NULL DEFAULT TRUE,
    through    BIGINT      NOT NULL,
    -- When the lookups were last rebuilt from the event log, for the operator.
    rebuilt_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT lookup_position_pkey PRIMARY KEY (lookup),
    CONSTRAINT lookup_position_one_row CHECK (lookup)
);
