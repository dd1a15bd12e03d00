package se.lofteskollen.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Many promises' events straight in SQL, shaped as the command-service writes them (current revisions): each
 * municipality's promise of each year, signed, with its commitments (most counting place visits, every fifth a weekly
 * situation picture), and place visits spread over the commitments and the year. Promise {@code scale-<m>-<year>},
 * commitment {@code scale-<m>-<year>-<code>}.
 */
final class ScaleEvents {

    static final int COMMITMENTS = 25;
    static final int FIRST_YEAR = 2021;

    private final String jdbcUrl;

    ScaleEvents(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    static String promiseId(int municipality, int year) {
        return "scale-" + municipality + "-" + year;
    }

    /** The promises of municipalities {@code from}..{@code to} for {@code years} years, with their commitments. */
    void promises(int from, int to, int years) throws SQLException {
        execute("""
                WITH p AS (SELECT m, y, 'scale-' || m || '-' || y AS id FROM generate_series(%1$d, %2$d) m,
                                                                            generate_series(%3$d, %4$d) y)
                INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_revision, payload_type,
                                                time_stamp, aggregate_identifier, sequence_number, type)
                SELECT gen_random_uuid()::text, %5$s, convert_to(json_build_object(
                           'promiseId', id, 'year', y, 'title', 'Medborgarlöfte ' || y || ' i kommun ' || m,
                           'policeArea', 'Lokalpolisområde ' || m, 'municipality', 'Kommun ' || m,
                           'priorityAreas', (SELECT json_agg(json_build_object('code', a::text, 'name', 'Område ' || a))
                                             FROM generate_series(1, 8) a),
                           'parties', json_build_array(
                               json_build_object('code', 'POLICE', 'name', 'Lokalpolisområde ' || m, 'organisation', 'POLICE'),
                               json_build_object('code', 'MUNICIPALITY', 'name', 'Kommun ' || m, 'organisation', 'MUNICIPALITY')),
                           'policeRegion', 'Polisregion ' || (m %% 7), 'county', 'Län ' || (m %% 21),
                           'predecessorId', null)::text, 'UTF8'),
                       '4', 'se.lofteskollen.events.promise.PromiseCreated', %6$s, id, 0, 'Promise'
                FROM p ORDER BY y, m""".formatted(from, to, FIRST_YEAR, FIRST_YEAR + years - 1, META, NOW));
        execute("""
                WITH p AS (SELECT m, y, 'scale-' || m || '-' || y AS id FROM generate_series(%1$d, %2$d) m,
                                                                            generate_series(%3$d, %4$d) y)
                INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_revision, payload_type,
                                                time_stamp, aggregate_identifier, sequence_number, type)
                SELECT gen_random_uuid()::text, %5$s, convert_to(json_build_object(
                           'promiseId', id, 'signedOn', y || '-01-20',
                           'signatories', json_build_array(
                               json_build_object('name', 'Chef ' || m, 'title', 'Lokalpolisområdeschef', 'party', 'POLICE'),
                               json_build_object('name', 'Ordförande ' || m, 'title', 'Kommunalråd', 'party', 'MUNICIPALITY')))::text,
                           'UTF8'),
                       '1', 'se.lofteskollen.events.promise.PromiseSigned', %6$s, id, 1, 'Promise'
                FROM p ORDER BY y, m""".formatted(from, to, FIRST_YEAR, FIRST_YEAR + years - 1, META, NOW));
        execute("""
                WITH c AS (SELECT m, y, n, 'scale-' || m || '-' || y AS promise, ((n - 1) %% 8) + 1 AS area
                           FROM generate_series(%1$d, %2$d) m, generate_series(%3$d, %4$d) y,
                                generate_series(1, %7$d) n)
                INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_revision, payload_type,
                                                time_stamp, aggregate_identifier, sequence_number, type)
                SELECT gen_random_uuid()::text, %5$s, convert_to(json_build_object(
                           'commitmentId', promise || '-' || area || '.' || n, 'promiseId', promise,
                           'code', area || '.' || n, 'priorityArea', area::text,
                           'responsible', json_build_array(CASE WHEN n %% 2 = 0 THEN 'POLICE' ELSE 'MUNICIPALITY' END),
                           'text', 'Åtagande ' || area || '.' || n,
                           'targets', CASE WHEN n %% 5 = 0
                               THEN json_build_array(json_build_object('type', 'CADENCE', 'measure', json_build_object(
                                   'report', 'ACTIVITY', 'network', null, 'activity', 'SITUATION_PICTURE'), 'period', 'WEEK'))
                               ELSE json_build_array(json_build_object('type', 'COUNT', 'measure', json_build_object(
                                   'report', 'PLACE_VISIT', 'network', null, 'activity', null), 'atLeast', 100)) END,
                           'predecessorId', null)::text, 'UTF8'),
                       '4', 'se.lofteskollen.events.commitment.CommitmentPledged', %6$s, promise || '-' || area || '.' || n,
                       0, 'Commitment'
                FROM c ORDER BY y, m, n""".formatted(from, to, FIRST_YEAR, FIRST_YEAR + years - 1, META, NOW, COMMITMENTS));
    }

    /**
     * {@code count} place visits, number {@code first} on, on the place-visit commitments of municipalities
     * {@code from}..{@code to} and {@code years} years, spread evenly: visit i goes to promise i mod promises.
     */
    void visits(long first, long count, int from, int to, int years) throws SQLException {
        int municipalities = to - from + 1;
        long promises = (long) municipalities * years;
        long chunk = 200_000;
        for (long start = first; start < first + count; start += chunk) {
            long end = Math.min(first + count, start + chunk) - 1;
            execute("""
                    WITH v AS (SELECT i, %3$d + ((i %% %5$d) %% %4$d) AS m, %6$d + ((i %% %5$d) / %4$d) AS y,
                                      ((i / %5$d) %% %7$d) AS k
                               FROM generate_series(%1$d, %2$d) i),
                         c AS (SELECT i, m, y, 'scale-' || m || '-' || y AS promise,
                                      -- the place-visit commitments: those whose number is no multiple of five
                                      (k + (k / 4) + 1) AS n
                               FROM v)
                    INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_revision, payload_type,
                                                    time_stamp, aggregate_identifier, sequence_number, type)
                    SELECT gen_random_uuid()::text, %8$s, convert_to(json_build_object(
                               'visitId', promise || '-visit-' || i, 'promiseId', promise,
                               'commitmentId', promise || '-' || (((n - 1) %% 8) + 1) || '.' || n,
                               'place', json_build_object('name', 'Plats ' || (i %% 50), 'area', 'Område ' || (i %% 6),
                                                          'lat', null, 'lon', null),
                               'visitedOn', to_char(make_date(y, 1, 1) + (i %% 365)::int, 'YYYY-MM-DD'),
                               'problemPicture', 'Oro kvällstid', 'measures', 'Synlig närvaro')::text, 'UTF8'),
                           '1', 'se.lofteskollen.events.report.PlaceVisitReported', %9$s, promise || '-visit-' || i, 0,
                           'Report'
                    FROM c""".formatted(start, end, from, municipalities, promises, FIRST_YEAR, COMMITMENTS * 4 / 5,
                    META, NOW));
        }
    }

    private static final String META = "convert_to('{\"userId\":\"polis\",\"userName\":\"Kommunpolisen\","
            + "\"organisation\":\"POLICE\",\"role\":\"REPORTER\",\"client\":\"bench\"}', 'UTF8')";
    private static final String NOW = "to_char(now() at time zone 'utc', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
