package se.lofteskollen.query.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=cmd|' /C calc'!A0"})
    void aCellThatASpreadsheetWouldRunGetsAQuoteAndIsQuoted(String value) {
        String cell = CsvCells.cell(value);

        assertThat(cell).startsWith("\"'").endsWith("\"");
        assertThat(cell.substring(2, cell.length() - 1)).isEqualTo(value.replace("\"", "\"\""));
    }

    @Test
    void aFormulaWithQuotesAndSemicolonsStaysOneCell() {
        assertThat(CsvCells.cell("=HYPERLINK(\"http://x\";\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"");
    }

    @Test
    void ordinaryCellsAreWrittenAsTheyAre() {
        assertThat(CsvCells.cell("Minst 100 platsbesök")).isEqualTo("Minst 100 platsbesök");
        assertThat(CsvCells.cell("40 av 100")).isEqualTo("40 av 100");
        assertThat(CsvCells.cell("a; b")).isEqualTo("\"a; b\"");
        assertThat(CsvCells.cell(null)).isEmpty();
        assertThat(CsvCells.line(List.of("6", "6.2", "=x"))).isEqualTo("6;6.2;\"'=x\"\r\n");
    }
}
