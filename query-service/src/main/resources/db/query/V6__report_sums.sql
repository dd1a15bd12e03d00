-- Every report known now, summed per commitment set, measure and day: what progress reads when it is asked
-- about today's knowledge (no knownAt), instead of summing a promise's reports at every request. Kept by
-- statement triggers from the rows report_view and report_retraction actually receive, so a report
-- delivered again (INSERT … ON CONFLICT DO NOTHING inserts nothing) is not added twice, and the sums commit
-- or roll back with the rows. A rebuild truncates the sums with the reports.
CREATE TABLE report_sum (
    promise_id       VARCHAR(100) NOT NULL,
    commitments      TEXT         NOT NULL,
    report_type      VARCHAR(20)  NOT NULL,
    network          VARCHAR(20)  NOT NULL, -- '' for none: a key column cannot be NULL
    activity_kind    VARCHAR(30)  NOT NULL, -- '' for none
    occurred_on      DATE         NOT NULL,
    quantity         BIGINT       NOT NULL,
    last_recorded_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (promise_id, commitments, report_type, network, activity_kind, occurred_on)
);

CREATE FUNCTION report_sum_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_sum AS s (promise_id, commitments, report_type, network, activity_kind, occurred_on, quantity,
                                 last_recorded_at)
    SELECT promise_id, commitments, report_type, coalesce(network, ''), coalesce(activity_kind, ''), occurred_on,
           sum(quantity), max(recorded_at)
    FROM added
    GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (promise_id, commitments, report_type, network, activity_kind, occurred_on)
        DO UPDATE SET quantity = s.quantity + excluded.quantity,
                      last_recorded_at = greatest(s.last_recorded_at, excluded.last_recorded_at);
    RETURN NULL;
END $$;

CREATE TRIGGER report_sum_add AFTER INSERT ON report_view
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION report_sum_add();

-- A retracted report stops counting: its quantity leaves its sum (a retraction is recorded once per report).
CREATE FUNCTION report_sum_retract() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE report_sum s
    SET quantity = s.quantity - r.quantity
    FROM (SELECT v.promise_id, v.commitments, v.report_type, coalesce(v.network, '') AS network,
                 coalesce(v.activity_kind, '') AS activity_kind, v.occurred_on, sum(v.quantity) AS quantity
          FROM added a JOIN report_view v ON v.report_id = a.report_id
          GROUP BY 1, 2, 3, 4, 5, 6) r
    WHERE s.promise_id = r.promise_id AND s.commitments = r.commitments AND s.report_type = r.report_type
      AND s.network = r.network AND s.activity_kind = r.activity_kind AND s.occurred_on = r.occurred_on;
    RETURN NULL;
END $$;

CREATE TRIGGER report_sum_retract AFTER INSERT ON report_retraction
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION report_sum_retract();

-- The reports already in the read model.
INSERT INTO report_sum (promise_id, commitments, report_type, network, activity_kind, occurred_on, quantity,
                        last_recorded_at)
SELECT v.promise_id, v.commitments, v.report_type, coalesce(v.network, ''), coalesce(v.activity_kind, ''),
       v.occurred_on, sum(CASE WHEN x.report_id IS NULL THEN v.quantity ELSE 0 END), max(v.recorded_at)
FROM report_view v LEFT JOIN report_retraction x ON x.report_id = v.report_id
GROUP BY 1, 2, 3, 4, 5, 6;
