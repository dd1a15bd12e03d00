package se.lofteskollen.query.rebuild;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * The read-model tables a rebuild writes beside the live ones: a schema of their own, {@link #SCHEMA}, with a copy of
 * every read-model table ({@code LIKE … INCLUDING ALL}: columns, defaults such as {@code written_in DEFAULT
 * txid_current()}, checks and indexes) and of the dead letters. The rebuild processor sets
 * {@code search_path = readmodels_next, public} in each of its transactions, so the projections' unqualified SQL
 * (their writes, and JPA's reads: no entity names a schema) finds these tables while the live processor writes the
 * live ones; the token table is not copied, so both processors' tokens stay in {@code public.token_entry}.
 *
 * <p>The swap copies the rows into the live tables rather than renaming the tables: the live tables keep the names
 * of their indexes and constraints (and their foreign keys, which {@code LIKE} does not copy) that Flyway migrations
 * name.
 */
public final class ShadowTables {

    public static final String SCHEMA = "readmodels_next";

    /** Every read-model table, parents before the tables that refer to them, and the dead letters. */
    static final List<String> TABLES = List.of(
            "promise_view", "promise_area", "promise_party", "commitment_view", "commitment_version", "commitment_baseline",
            "report_view", "report_commitment", "report_retraction", "report_tally",
            "milestone_view", "status_note_view",
            "audit_entry", "audit_entry_commitment",
            "place_visit",
            "promise_change",
            "dead_letter_entry");

    private final JdbcTemplate jdbc;

    public ShadowTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty copies of every read-model table, replacing whatever an earlier rebuild left. */
    void create() {
        drop();
        jdbc.execute("CREATE SCHEMA " + SCHEMA);
        for (String table : TABLES) {
            jdbc.execute("CREATE TABLE " + SCHEMA + "." + table + " (LIKE public." + table + " INCLUDING ALL)");
        }
    }

    boolean exist() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = ?)", Boolean.class, SCHEMA));
    }

    void drop() {
        jdbc.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    /**
     * In the caller's transaction: the live tables get the shadow's rows, and the shadow goes. The old rows are
     * deleted, not truncated: TRUNCATE would lock every reader out until the copy commits, while after DELETE readers
     * go on seeing the old rows (MVCC) and see the new ones from the commit on. Children before their parents.
     */
    void swapIn() {
        for (int i = TABLES.size() - 1; i >= 0; i--) {
            jdbc.execute("DELETE FROM public." + TABLES.get(i));
        }
        for (String table : TABLES) {
            jdbc.execute("INSERT INTO public." + table + " SELECT * FROM " + SCHEMA + "." + table);
        }
        drop();
    }

    /** For the rebuild processor's transactions: the projections' unqualified names resolve to the shadow first. */
    static String searchPath() {
        return "SET LOCAL search_path = " + SCHEMA + ", public";
    }
}
