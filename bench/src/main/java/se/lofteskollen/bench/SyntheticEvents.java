package se.lofteskollen.bench;

/**
 * Fills the event store fast, straight in SQL, with place-visit reports shaped exactly as the
 * command-service stores them (JSON payload and metadata, revision 1): the quick way to a store of a
 * million events for the replay, query and growth figures.
 */
public final class SyntheticEvents {

    static void append(BenchDatabase database, long count, String prefix) throws Exception {
        append(database.jdbcUrl(), count, prefix);
    }

    public static void append(String jdbcUrl, long count, String prefix) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            append(connection, count, prefix);
        }
    }

    /** On the caller's connection, so a test can hold the transaction open (the visit ids are prefix-1 …). */
    public static void append(java.sql.Connection connection, long count, String prefix) throws java.sql.SQLException {
        long chunk = 100_000;
        for (long from = 1; from <= count; from += chunk) {
            long to = Math.min(count, from + chunk - 1);
            execute(connection, """
                    INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_revision, payload_type,
                                                    time_stamp, aggregate_identifier, sequence_number, type)
                    SELECT gen_random_uuid()::text,
                           convert_to('{"userId":"polis","userName":"Kommunpolisen","organisation":"POLICE","role":"REPORTER","client":"bench"}', 'UTF8'),
                           convert_to(json_build_object(
                               'visitId', '%1$s-' || i,
                               'promiseId', 'vastervik-2025',
                               'commitmentId', 'vastervik-2025-6.2',
                               'place', json_build_object('name', 'Plats ' || (i %% 200), 'area', 'Område ' || (i %% 12), 'lat', null, 'lon', null),
                               'visitedOn', to_char(date '2025-01-01' + (i %% 365)::int, 'YYYY-MM-DD'),
                               'problemPicture', 'Oro kvällstid',
                               'measures', 'Synlig närvaro')::text, 'UTF8'),
                           '1', 'se.lofteskollen.events.report.PlaceVisitReported',
                           to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                           '%1$s-' || i, 0, 'Report'
                    FROM generate_series(%2$d, %3$d) AS i""".formatted(prefix, from, to));
        }
    }

    private static void execute(java.sql.Connection connection, String sql) throws java.sql.SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private SyntheticEvents() {
    }
}
