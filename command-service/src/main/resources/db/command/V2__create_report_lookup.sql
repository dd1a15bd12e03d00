-- Which organisation made each report (meeting, place visit, activity): a reporter may retract only its
-- own organisation's reports. Kept, like the other lookups, by the subscribing lookup projection in the
-- command's own transaction, from the reporter's organisation in the event's metadata (the authenticated
-- principal's). NULL for reports recorded by the service itself.

CREATE TABLE report_lookup (
    report_id    VARCHAR(255) NOT NULL,
    -- The reporter's organisations, sorted and comma-separated (a coordinator may belong to both).
    organisation VARCHAR(40),
    CONSTRAINT report_lookup_pkey PRIMARY KEY (report_id)
);

-- Reports recorded before this table existed, read from the event log.
INSERT INTO report_lookup (report_id, organisation)
SELECT aggregate_identifier, convert_from(meta_data, 'UTF8')::jsonb ->> 'organisation'
FROM domain_event_entry
WHERE payload_type IN ('se.lofteskollen.events.report.MeetingRecorded',
                       'se.lofteskollen.events.report.PlaceVisitReported',
                       'se.lofteskollen.events.report.ActivityReported')
ON CONFLICT (report_id) DO NOTHING;
