-- Axon's JdbcSequencedDeadLetterQueue: the events a read model could not take, parked per processing group and
-- sequence until an operator retries them (GET /actuator/deadletters). The columns are Axon's own default
-- schema, with serialized data as bytea (never oid, whose large objects outlive their rows) and its timestamps
-- as Axon writes them (ISO text). A rebuild of a group clears its rows.
CREATE TABLE dead_letter_entry (
    deadletteridentifier VARCHAR(255)  NOT NULL PRIMARY KEY,
    processinggroup      VARCHAR(255)  NOT NULL,
    sequenceidentifier   VARCHAR(255)  NOT NULL,
    sequenceindex        BIGINT        NOT NULL,
    messagetype          VARCHAR(255)  NOT NULL,
    eventidentifier      VARCHAR(255)  NOT NULL,
    timestamp            VARCHAR(255)  NOT NULL,
    payloadtype          VARCHAR(255)  NOT NULL,
    payloadrevision      VARCHAR(255),
    payload              BYTEA         NOT NULL,
    metadata             BYTEA,
    type                 VARCHAR(255),
    aggregateidentifier  VARCHAR(255),
    sequencenumber       BIGINT,
    tokentype            VARCHAR(255),
    token                BYTEA,
    enqueuedat           VARCHAR(255)  NOT NULL,
    lasttouched          VARCHAR(255),
    processingstarted    VARCHAR(255),
    causetype            VARCHAR(255),
    causemessage         VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT dead_letter_sequence_index UNIQUE (processinggroup, sequenceidentifier, sequenceindex)
);

CREATE INDEX dead_letter_processing_group ON dead_letter_entry (processinggroup);
CREATE INDEX dead_letter_sequence ON dead_letter_entry (processinggroup, sequenceidentifier);
