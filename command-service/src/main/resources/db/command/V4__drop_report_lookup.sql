-- Which organisation made a report is read from the report's own first event (its metadata holds the
-- reporter's organisation, from the authenticated principal), so no report needs a lookup row: every new
-- report was one INSERT more in its transaction. Reports recorded before this change carry the same metadata.
DROP TABLE report_lookup;
