-- Each report row also names the commitments it serves (sorted, comma-separated), so that progress can sum
-- reports per commitment set, measure and day in one pass over report_view, without loading every report.
ALTER TABLE report_view ADD COLUMN commitments TEXT;

UPDATE report_view r
SET commitments = (SELECT string_agg(c.commitment_id, ',' ORDER BY c.commitment_id)
                   FROM report_commitment c WHERE c.report_id = r.report_id);

UPDATE report_view SET commitments = '' WHERE commitments IS NULL;

ALTER TABLE report_view ALTER COLUMN commitments SET NOT NULL;
