-- What counts toward a target is decided in one place, progress/ProgressRules, over compact tallies that the
-- report projection keeps (commitment/TallyBatch) in each batch's transaction. The sums the PL/pgSQL triggers kept
-- (V6, V8) go: they held a second copy of the rule, and they could not answer a past knownAt.

DROP TRIGGER report_sum_add ON report_view;
DROP TRIGGER report_sum_retract ON report_retraction;
DROP FUNCTION report_sum_add();
DROP FUNCTION report_sum_retract();
DROP TABLE report_sum;

-- The transaction that wrote a row: a batch tallies exactly the rows it inserted itself, so an event delivered again
-- (INSERT … ON CONFLICT DO NOTHING finds its row) or one taken back to its savepoint (parked) adds nothing. Rows
-- from before this version have none. A default set apart from ADD COLUMN does not rewrite the table.
ALTER TABLE report_view ADD COLUMN written_in BIGINT;
ALTER TABLE report_view ALTER COLUMN written_in SET DEFAULT txid_current();
ALTER TABLE report_retraction ADD COLUMN written_in BIGINT;
ALTER TABLE report_retraction ALTER COLUMN written_in SET DEFAULT txid_current();

-- The reports of one commitment set, measure and day they happened, as they became known day by day (UTC): each
-- report adds to the day it was recorded, each retraction takes its report away on the day the retraction was
-- recorded. Today's knowledge is the sum over every known day; a past knownAt is the sum over the days before its
-- own, plus the few reports and retractions of that day itself, read one by one.
CREATE TABLE report_tally (
    promise_id    VARCHAR(100) NOT NULL,
    commitments   TEXT         NOT NULL, -- the commitment ids the reports serve, sorted, comma-separated
    report_type   VARCHAR(20)  NOT NULL,
    network       VARCHAR(20)  NOT NULL, -- '' for none: a key column cannot be NULL
    activity_kind VARCHAR(30)  NOT NULL, -- '' for none
    occurred_on   DATE         NOT NULL,
    known_on      DATE         NOT NULL,
    reports       BIGINT       NOT NULL,
    quantity      BIGINT       NOT NULL
);
-- Keyed by a digest of the commitment set: a report may serve many commitments with long ids, and a key longer than
-- an index entry may be would stop the batch that writes it.
CREATE UNIQUE INDEX report_tally_key
    ON report_tally (promise_id, md5(commitments), report_type, network, activity_kind, occurred_on, known_on);

-- The reports and retractions already in the read model: an upgraded deployment needs no rebuild.
INSERT INTO report_tally (promise_id, commitments, report_type, network, activity_kind, occurred_on, known_on, reports,
                          quantity)
SELECT promise_id, commitments, report_type, network, activity_kind, occurred_on, known_on, sum(reports) AS reports,
       sum(quantity) AS quantity
FROM (SELECT v.promise_id, v.commitments, v.report_type, coalesce(v.network, '') AS network,
             coalesce(v.activity_kind, '') AS activity_kind, v.occurred_on,
             (v.recorded_at AT TIME ZONE 'UTC')::date AS known_on, 1 AS reports, v.quantity
      FROM report_view v
      UNION ALL
      SELECT v.promise_id, v.commitments, v.report_type, coalesce(v.network, ''), coalesce(v.activity_kind, ''),
             v.occurred_on, (x.recorded_at AT TIME ZONE 'UTC')::date, -1, -v.quantity
      FROM report_retraction x
      JOIN report_view v ON v.report_id = x.report_id) known
GROUP BY promise_id, commitments, report_type, network, activity_kind, occurred_on, known_on;
