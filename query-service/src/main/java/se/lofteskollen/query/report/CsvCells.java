package se.lofteskollen.query.report;

import java.util.List;

/**
 * Cells of a CSV export that no spreadsheet runs. A cell beginning with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return can be taken as a formula (OWASP: CSV injection), and the texts in a report are
 * written by people: such a cell gets a leading single quote, and is quoted, so that it is shown as the text it is.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** One line of semicolon-separated cells, ended by CR LF. */
    public static String line(List<String> cells) {
        return String.join(";", cells.stream().map(CsvCells::cell).toList()) + "\r\n";
    }

    public static String cell(String value) {
        String text = value == null ? "" : value;
        boolean formula = startsAsFormula(text);
        if (formula) {
            text = "'" + text;
        }
        if (formula || text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static boolean startsAsFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
