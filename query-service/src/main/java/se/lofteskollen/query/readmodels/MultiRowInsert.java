package se.lofteskollen.query.readmodels;

import java.util.Locale;

/**
 * An {@code INSERT … VALUES (…)} of one row made an insert of several, its row of values written once per row, as the
 * driver does for a JDBC batch of inserts ({@code reWriteBatchedInserts}): one statement for a batch's rows of one
 * kind instead of one per row. What follows the values (an {@code ON CONFLICT} clause) is kept: the rows are each
 * inserted or left alone as they would be one by one.
 */
final class MultiRowInsert {

    private MultiRowInsert() {
    }

    /** The statement for {@code rows} rows, or null when it is not an insert of one row of values. */
    static String of(String insert, int rows) {
        String upper = insert.toUpperCase(Locale.ROOT);
        int values = upper.indexOf("VALUES");
        if (!upper.stripLeading().startsWith("INSERT") || values < 0 || upper.indexOf("VALUES", values + 1) >= 0) {
            return null;
        }
        int open = insert.indexOf('(', values);
        int close = closing(insert, open);
        if (open < 0 || close < 0 || !insert.substring(values + "VALUES".length(), open).isBlank()) {
            return null;
        }
        String row = insert.substring(open, close + 1);
        StringBuilder sql = new StringBuilder(insert.length() + (rows - 1) * (row.length() + 2));
        sql.append(insert, 0, close + 1);
        for (int i = 1; i < rows; i++) {
            sql.append(", ").append(row);
        }
        return sql.append(insert, close + 1, insert.length()).toString();
    }

    /** The parenthesis that closes the one at {@code open}, outside quoted text; -1 where there is none. */
    private static int closing(String sql, int open) {
        if (open < 0) {
            return -1;
        }
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
