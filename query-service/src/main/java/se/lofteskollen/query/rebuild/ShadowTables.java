package se.lofteskollen.query.rebuild;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The read-model tables a rebuild writes beside the live ones: a schema of their own, {@link #SCHEMA}, with a table of
 * the same name and shape for every read-model table and the dead letters. The rebuild processor sets
 * {@code search_path = readmodels_next, public} in each of its transactions, so the projections' unqualified SQL
 * (their writes, and JPA's reads: no entity names a schema) finds these tables while the live processor writes the
 * live ones; the token table is not copied, so both processors' tokens stay in {@code public.token_entry}.
 *
 * <p>Each new table gets the live one's constraints and indexes under the same names (names are per schema), so that
 * once swapped in it is the table Flyway's migrations made and name. What is only read by the pages (the secondary
 * indexes in {@link #BUILT_AFTER}) and the foreign keys are made once the rows are in ({@link #complete}), which is
 * cheaper than keeping them up to date row by row; what the projections read while they write stays from the start.
 *
 * <p>The swap ({@link #swapIn}) moves tables between schemas: the live ones out, the new ones in, in one transaction.
 * It waits only for the readers of the moment (a move needs the table to itself), never copies a row, and leaves the
 * new tables vacuumed and analysed, so that the first queries after it find hint bits set and the planner's
 * statistics true.
 */
public final class ShadowTables {

    public static final String SCHEMA = "readmodels_next";
    /** Where the live tables go for the moment of the swap, dropped in the same transaction. */
    private static final String OLD = "readmodels_old";

    /** Every read-model table, parents before the tables that refer to them, and the dead letters. */
    static final List<String> TABLES = List.of(
            "promise_view", "promise_area", "promise_party", "commitment_view", "commitment_version", "commitment_baseline",
            "report_view", "report_commitment", "report_retraction", "report_tally",
            "milestone_view", "status_note_view",
            "audit_entry", "audit_entry_commitment",
            "place_visit",
            "promise_change",
            "dead_letter_entry");

    private static final String[] TABLE_NAMES = TABLES.toArray(new String[0]);

    /**
     * Indexes that no projection reads while it writes (the pages, the API and the reports do): built once the rows
     * are in. Any other index, such as one a later migration adds, is there from the start, which is slower to fill
     * but never wrong.
     */
    static final Set<String> BUILT_AFTER = Set.of(
            "report_view_organisations", "report_view_position", "report_view_promise", "report_commitment_commitment",
            "audit_entry_user", "audit_entry_recorded", "audit_entry_promise", "audit_entry_commitment_commitment",
            "place_visit_promise");

    /** A constraint or index of a live table, as PostgreSQL prints it (schema-qualified). */
    private record Definition(String table, String name, String sql) {
    }

    private final JdbcTemplate jdbc;

    public ShadowTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * In the caller's transaction: empty copies of every read-model table, replacing whatever an earlier rebuild left,
     * with their keys, checks and the indexes the projections read by.
     */
    void create() {
        refuseColumnOwnedSequences();
        drop();
        jdbc.execute("CREATE SCHEMA " + SCHEMA);
        for (String table : TABLES) {
            // Columns, NOT NULL, defaults (written_in DEFAULT txid_current(), promise_change_seq's numbers from the one
            // sequence), storage; no constraint or index: those come below, by their own names.
            jdbc.execute("CREATE TABLE " + SCHEMA + "." + table + " (LIKE public." + table
                    + " INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING IDENTITY INCLUDING STORAGE INCLUDING COMMENTS)");
        }
        // Storage parameters (autovacuum's, a fill factor) are the table's, not its columns': LIKE leaves them.
        for (Map<String, Object> table : jdbc.queryForList("""
                SELECT c.relname, array_to_string(c.reloptions, ', ') AS options
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
                WHERE c.relname::text = ANY (?::text[]) AND c.reloptions IS NOT NULL""",
                (Object) TABLE_NAMES)) {
            jdbc.execute("ALTER TABLE " + SCHEMA + "." + table.get("relname") + " SET (" + table.get("options") + ")");
        }
        for (Definition constraint : constraints("contype IN ('p', 'u', 'c', 'x')")) {
            jdbc.execute("ALTER TABLE " + SCHEMA + "." + constraint.table() + " ADD CONSTRAINT "
                    + quoted(constraint.name()) + " " + constraint.sql());
        }
        for (Definition index : indexes()) {
            if (!BUILT_AFTER.contains(index.name())) {
                jdbc.execute(inShadow(index));
            }
        }
    }

    /**
     * Once the rebuild has caught up, before the swap (no transaction; the live tables untouched): the indexes left
     * for after the rows, the foreign keys, and a vacuum with analysis of every new table.
     */
    void complete() {
        for (Definition index : indexes()) {
            if (BUILT_AFTER.contains(index.name())) {
                jdbc.execute(inShadow(index));
            }
        }
        for (Definition foreignKey : constraints("contype = 'f'")) {
            jdbc.execute("ALTER TABLE " + SCHEMA + "." + foreignKey.table() + " ADD CONSTRAINT "
                    + quoted(foreignKey.name()) + " " + foreignKey.sql().replace(" REFERENCES public.", " REFERENCES " + SCHEMA + "."));
        }
        for (String table : TABLES) {
            jdbc.execute("VACUUM (ANALYZE) " + SCHEMA + "." + table);
        }
    }

    boolean exist() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = ?)", Boolean.class, SCHEMA));
    }

    void drop() {
        jdbc.execute("DROP SCHEMA IF EXISTS " + OLD + " CASCADE");
        jdbc.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    /**
     * In the caller's transaction: the live tables move out and are dropped, the new ones move in. Each move waits
     * for the readers of that table at the moment and holds later ones for the milliseconds until the commit; they
     * then read the new table (PostgreSQL looks a statement's names up again after such a change, prepared statements
     * too).
     */
    void swapIn() {
        jdbc.execute("CREATE SCHEMA " + OLD);
        for (String table : TABLES) {
            jdbc.execute("ALTER TABLE public." + table + " SET SCHEMA " + OLD);
        }
        for (String table : TABLES) {
            jdbc.execute("ALTER TABLE " + SCHEMA + "." + table + " SET SCHEMA public");
        }
        jdbc.execute("DROP SCHEMA " + OLD + " CASCADE");
        jdbc.execute("DROP SCHEMA " + SCHEMA);
    }

    /** For the rebuild processor's transactions: the projections' unqualified names resolve to the shadow first. */
    static String searchPath() {
        return "SET LOCAL search_path = " + SCHEMA + ", public";
    }

    /**
     * A sequence owned by a live table's column (a {@code serial}) moves and goes with that table, and would take the
     * new table's default with it: refused before anything is made, naming it. Read models take numbers from a
     * sequence of the schema's own, as promise_change does.
     */
    private void refuseColumnOwnedSequences() {
        List<String> owned = jdbc.queryForList("""
                SELECT s.relname || ' (owned by ' || t.relname || ')'
                FROM pg_depend d
                JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
                JOIN pg_class t ON t.oid = d.refobjid
                JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
                WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
                  AND d.deptype = 'a' AND t.relname::text = ANY (?::text[])""", String.class, (Object) TABLE_NAMES);
        if (!owned.isEmpty()) {
            throw new IllegalStateException("a rebuild cannot swap tables whose columns own a sequence: " + owned
                    + "; give the read model a sequence of the schema's own (CREATE SEQUENCE, as promise_change_seq)");
        }
    }

    /** The live tables' constraints of the kinds asked for, in the tables' order, printed with every name qualified. */
    private List<Definition> constraints(String kinds) {
        return printed("""
                SELECT t.relname, c.conname, pg_get_constraintdef(c.oid)
                FROM pg_constraint c
                JOIN pg_class t ON t.oid = c.conrelid
                JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
                WHERE t.relname::text = ANY (?::text[]) AND\s""" + kinds + " ORDER BY array_position(?, t.relname::text), c.conname");
    }

    /** The live tables' indexes that no constraint made (a key's index comes with its constraint). */
    private List<Definition> indexes() {
        return printed("""
                SELECT t.relname, i.relname, pg_get_indexdef(x.indexrelid)
                FROM pg_index x
                JOIN pg_class i ON i.oid = x.indexrelid
                JOIN pg_class t ON t.oid = x.indrelid
                JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
                WHERE t.relname::text = ANY (?::text[])
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid AND c.conrelid = x.indrelid)
                ORDER BY array_position(?, t.relname::text), i.relname""");
    }

    /**
     * With no schema on the search path, PostgreSQL qualifies every table it prints ({@code public.report_view}),
     * so that a definition can be pointed at the new schema by its prefix alone.
     */
    private List<Definition> printed(String sql) {
        return jdbc.execute((ConnectionCallback<List<Definition>>) connection -> {
            String path;
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT current_setting('search_path')")) {
                row.next();
                path = row.getString(1);
                statement.execute("SET search_path = pg_catalog");
            }
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setArray(1, connection.createArrayOf("text", TABLE_NAMES));
                query.setArray(2, connection.createArrayOf("text", TABLE_NAMES));
                List<Definition> definitions = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        definitions.add(new Definition(row.getString(1), row.getString(2), row.getString(3)));
                    }
                }
                return definitions;
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET search_path = " + path);
                }
            }
        });
    }

    private static String inShadow(Definition index) {
        String live = " ON public." + index.table() + " ";
        if (!index.sql().contains(live)) {
            throw new IllegalStateException("unexpected definition of index " + index.name() + ": " + index.sql());
        }
        return index.sql().replace(live, " ON " + SCHEMA + "." + index.table() + " ");
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
