-- "Mina rapporter" lists the reports of a person's organisations: a report names its author's organisations
-- comma-separated, as the event's metadata records them.
CREATE INDEX report_view_organisations ON report_view USING gin (string_to_array(organisation, ','));
CREATE INDEX report_view_position ON report_view (position);
