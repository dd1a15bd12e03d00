-- What the phone report form shows of each commitment besides what the lookup holds: its priority area and
-- its current wording, so staff pick "6.2 Polisen ska ha hög synlighet ..." rather than a bare code. Kept by a
-- handler in the lookup's subscribing processor (the command's own transaction).
-- (Version 3: version 2 of this schema is being written on another branch.)

CREATE TABLE report_form_commitment (
    commitment_id VARCHAR(255) NOT NULL,
    priority_area VARCHAR(60)  NOT NULL,
    text          TEXT         NOT NULL,
    CONSTRAINT report_form_commitment_pkey PRIMARY KEY (commitment_id)
);

-- Commitments pledged before this table existed: their area from the pledge, their wording from the latest
-- pledge or revision. The event store's payloads are JSON (Jackson), readable here.
INSERT INTO report_form_commitment (commitment_id, priority_area, text)
SELECT pledged.aggregate_identifier,
       convert_from(pledged.payload, 'UTF8')::jsonb ->> 'priorityArea',
       COALESCE(latest.text, convert_from(pledged.payload, 'UTF8')::jsonb ->> 'text')
FROM domain_event_entry pledged
LEFT JOIN (
    SELECT DISTINCT ON (aggregate_identifier) aggregate_identifier,
           convert_from(payload, 'UTF8')::jsonb ->> 'text' AS text
    FROM domain_event_entry
    WHERE payload_type = 'se.lofteskollen.events.commitment.CommitmentRevised'
    ORDER BY aggregate_identifier, global_index DESC
) latest ON latest.aggregate_identifier = pledged.aggregate_identifier
WHERE pledged.payload_type = 'se.lofteskollen.events.commitment.CommitmentPledged'
ON CONFLICT (commitment_id) DO NOTHING;
