-- A promise names its own priority areas and parties (events of revision 2), and the police region and county it
-- belongs to; a commitment names its area and its responsible parties by their codes.
--
-- The read models already built are brought to that shape from their own rows, as the upcasters read the events of
-- revision 1, so that an upgraded deployment needs no rebuild: every promise stored before had the eight areas of
-- Västervik's agreement, and its parties were its police area and its municipality. Only the live tables change: a
-- rebuild's unfinished tables (schema readmodels_next) are dropped when the service starts, and the next rebuild
-- copies these. (Upgrade while no rebuild runs on an instance of the earlier version: its swap would not know these.)

ALTER TABLE promise_view
    ADD COLUMN police_region TEXT,
    ADD COLUMN county        TEXT;

-- The areas and parties of each promise, in the order the promise lists them (ordinal 1 first).
CREATE TABLE promise_area (
    promise_id VARCHAR(100) NOT NULL,
    code       TEXT         NOT NULL,
    name       TEXT,
    ordinal    INTEGER      NOT NULL,
    PRIMARY KEY (promise_id, code)
);

CREATE TABLE promise_party (
    promise_id VARCHAR(100) NOT NULL,
    code       TEXT         NOT NULL,
    name       TEXT,
    ordinal    INTEGER      NOT NULL,
    PRIMARY KEY (promise_id, code)
);

-- A promise may name more parties than two, and codes of its own: the joined codes outgrow VARCHAR(40). (From
-- VARCHAR to TEXT rewrites no row.)
ALTER TABLE commitment_view
    ALTER COLUMN priority_area TYPE TEXT,
    ALTER COLUMN responsible TYPE TEXT;
ALTER TABLE commitment_version
    ALTER COLUMN responsible TYPE TEXT;

-- The priority areas revision 1 could name, by the name it stored and the code and name they have now
-- (shared-events upcasting/RevisionOneAreas; RevisionOneReadModelsTest holds this list to it).
-- A table of this migration's own, not a temporary one: a role may be refused temporary tables.
CREATE TABLE revision_one_area (old_name TEXT PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL,
                                ordinal INTEGER NOT NULL);
INSERT INTO revision_one_area (old_name, code, name, ordinal) VALUES
    ('ORGANISED_CRIME', '1', 'Organiserad brottslighet och kriminella gäng', 1),
    ('YOUTH_CRIME', '2', 'Ungdomskriminalitet och normbrytande unga', 2),
    ('VIOLENCE_IN_CLOSE_RELATIONSHIPS', '3', 'Våld och andra brott i nära relation', 3),
    ('HONOUR_OPPRESSION', '4', 'Hedersförtryck', 4),
    ('WELFARE_CRIME', '5', 'Välfärdsbrottslighet och annan kriminell ekonomi', 5),
    ('CRIME_HOTSPOTS', '6', 'Brottskoncentrationer kopplade till tider och platser', 6),
    ('DRUG_AND_ALCOHOL_CRIME', '7', 'Narkotika- och alkoholrelaterade brott', 7),
    ('TRAFFIC_CRIME', '8', 'Trafikbrott', 8);

INSERT INTO promise_area (promise_id, code, name, ordinal)
SELECT p.promise_id, a.code, a.name, a.ordinal
FROM promise_view p CROSS JOIN revision_one_area a;

INSERT INTO promise_party (promise_id, code, name, ordinal)
SELECT promise_id, 'POLICE', police_area, 1 FROM promise_view
UNION ALL
SELECT promise_id, 'MUNICIPALITY', municipality, 2 FROM promise_view;

-- A commitment's area by its code. (Its responsible parties were POLICE and MUNICIPALITY, already their codes.)
UPDATE commitment_view c SET priority_area = a.code
FROM revision_one_area a WHERE c.priority_area = a.old_name;

-- The audit keeps each commitment's state as JSON: the pledge's, and a revision's before and after (a copy of the
-- state before, area included). A promise's creation is kept as its event was: it gets what the upcaster adds.
UPDATE audit_entry e SET after_state = jsonb_set(e.after_state, '{priorityArea}', to_jsonb(a.code))
FROM revision_one_area a WHERE e.after_state ->> 'priorityArea' = a.old_name;
UPDATE audit_entry e SET before_state = jsonb_set(e.before_state, '{priorityArea}', to_jsonb(a.code))
FROM revision_one_area a WHERE e.before_state ->> 'priorityArea' = a.old_name;

UPDATE audit_entry SET after_state = after_state || jsonb_build_object(
        'priorityAreas', (SELECT jsonb_agg(jsonb_build_object('code', code, 'name', name) ORDER BY ordinal)
                          FROM revision_one_area),
        'parties', jsonb_build_array(
                jsonb_build_object('code', 'POLICE', 'name', after_state -> 'policeArea'),
                jsonb_build_object('code', 'MUNICIPALITY', 'name', after_state -> 'municipality')),
        'policeRegion', 'null'::jsonb,
        'county', 'null'::jsonb)
WHERE change = 'PROMISE_CREATED' AND after_state IS NOT NULL AND NOT (after_state ? 'priorityAreas');

DROP TABLE revision_one_area;
