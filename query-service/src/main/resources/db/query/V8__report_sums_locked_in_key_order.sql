-- Since events are applied in order per report (not per promise), both segments of the commitments processor
-- may add to the same day's sum at once. Each statement now takes the sums' row locks in key order, so two
-- batches wait for each other instead of deadlocking (each had locked a row the other needed next).

CREATE OR REPLACE FUNCTION report_sum_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_sum AS s (promise_id, commitments, report_type, network, activity_kind, occurred_on, quantity,
                                 last_recorded_at)
    SELECT promise_id, commitments, report_type, coalesce(network, ''), coalesce(activity_kind, ''), occurred_on,
           sum(quantity), max(recorded_at)
    FROM added
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (promise_id, commitments, report_type, network, activity_kind, occurred_on)
        DO UPDATE SET quantity = s.quantity + excluded.quantity,
                      last_recorded_at = greatest(s.last_recorded_at, excluded.last_recorded_at);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION report_sum_retract() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- An UPDATE ... FROM locks in no particular order: the rows are locked first, in key order.
    PERFORM 1
    FROM report_sum s
    JOIN (SELECT DISTINCT v.promise_id, v.commitments, v.report_type, coalesce(v.network, '') AS network,
                 coalesce(v.activity_kind, '') AS activity_kind, v.occurred_on
          FROM added a JOIN report_view v ON v.report_id = a.report_id) r
      ON s.promise_id = r.promise_id AND s.commitments = r.commitments AND s.report_type = r.report_type
     AND s.network = r.network AND s.activity_kind = r.activity_kind AND s.occurred_on = r.occurred_on
    ORDER BY s.promise_id, s.commitments, s.report_type, s.network, s.activity_kind, s.occurred_on
    FOR UPDATE OF s;

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
