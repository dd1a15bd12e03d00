-- A rhythm (a CADENCE target) names its period, WEEK or MONTH (CommitmentPledged revision 4, CommitmentRevised
-- revision 3). Every rhythm stored before was weekly, as the upcasters read the events: the targets the read models
-- keep as JSON say so too, without reading payloads. Only the live tables change (see V10).
UPDATE commitment_view SET targets = (
        SELECT jsonb_agg(CASE WHEN t ->> 'type' = 'CADENCE' AND NOT (t ? 'period') THEN t || '{"period": "WEEK"}'
                              ELSE t END ORDER BY n)
        FROM jsonb_array_elements(targets) WITH ORDINALITY AS e(t, n))
WHERE jsonb_typeof(targets) = 'array' AND targets @> '[{"type": "CADENCE"}]';

UPDATE commitment_version SET targets = (
        SELECT jsonb_agg(CASE WHEN t ->> 'type' = 'CADENCE' AND NOT (t ? 'period') THEN t || '{"period": "WEEK"}'
                              ELSE t END ORDER BY n)
        FROM jsonb_array_elements(targets) WITH ORDINALITY AS e(t, n))
WHERE jsonb_typeof(targets) = 'array' AND targets @> '[{"type": "CADENCE"}]';

-- The audit keeps a commitment's state before and after a pledge or a revision, targets included.
UPDATE audit_entry SET after_state = jsonb_set(after_state, '{targets}', (
        SELECT jsonb_agg(CASE WHEN t ->> 'type' = 'CADENCE' AND NOT (t ? 'period') THEN t || '{"period": "WEEK"}'
                              ELSE t END ORDER BY n)
        FROM jsonb_array_elements(after_state -> 'targets') WITH ORDINALITY AS e(t, n)))
WHERE jsonb_typeof(after_state -> 'targets') = 'array' AND after_state -> 'targets' @> '[{"type": "CADENCE"}]';

UPDATE audit_entry SET before_state = jsonb_set(before_state, '{targets}', (
        SELECT jsonb_agg(CASE WHEN t ->> 'type' = 'CADENCE' AND NOT (t ? 'period') THEN t || '{"period": "WEEK"}'
                              ELSE t END ORDER BY n)
        FROM jsonb_array_elements(before_state -> 'targets') WITH ORDINALITY AS e(t, n)))
WHERE jsonb_typeof(before_state -> 'targets') = 'array' AND before_state -> 'targets' @> '[{"type": "CADENCE"}]';
