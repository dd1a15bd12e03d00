package se.lofteskollen.query.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.lofteskollen.platform.pages.PageWords;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The follow-up report as a spreadsheet (XLSX): a header row and one row per target, with what was required, achieved
 * and expected as numbers a spreadsheet can add up, beside the same words as the printed report. Every text goes into a
 * string cell, never a formula, so that what people wrote is shown and never run (the CSV needs {@link CsvCells} for
 * that). A second sheet says which promise, on which date and as known when.
 */
final class ReportSpreadsheet {

    /** Each column's heading (its key in the report's words) and its width in characters. */
    private record Column(String heading, int width) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("area", 9), new Column("code", 11), new Column("responsible", 24), new Column("text", 50),
            new Column("target", 36), new Column("kind", 13), new Column("required", 9), new Column("achieved", 9),
            new Column("expected", 11), new Column("achievedInWords", 30), new Column("status", 26),
            new Column("withdrawalReason", 30));

    private ReportSpreadsheet() {
    }

    /**
     * @param title   the promise's title and year, as the report's heading says it
     * @param asOf    the day judged
     * @param knownAt as known at, in the words of the printed report
     * @param words   the headings' language
     */
    static byte[] of(String title, String asOf, String knownAt, String sheetName, List<FollowUpReport.Row> rows,
                     PageWords words) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(title);
            CellStyle heading = headingStyle(workbook);
            CellStyle text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("0"));
            number.setVerticalAlignment(VerticalAlignment.TOP);

            Sheet sheet = workbook.createSheet(sheetName);
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(words.say("report.column." + COLUMNS.get(c).heading()));
                cell.setCellStyle(heading);
                sheet.setColumnWidth(c, COLUMNS.get(c).width() * 256);
            }
            int r = 1;
            for (FollowUpReport.Row row : rows) {
                Row line = sheet.createRow(r++);
                FollowUpReport.Figures figures = row.figures();
                text(line, 0, row.areaCode() + ". " + row.area(), text);
                text(line, 1, row.code(), text);
                text(line, 2, row.responsible(), text);
                text(line, 3, row.text(), text);
                text(line, 4, row.target(), text);
                text(line, 5, figures.kind(), text);
                number(line, 6, figures.required(), number);
                number(line, 7, figures.achieved(), number);
                number(line, 8, figures.expected(), number);
                text(line, 9, row.achieved(), text);
                text(line, 10, row.status(), text);
                text(line, 11, row.withdrawalReason(), text);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, COLUMNS.size() - 1));

            Sheet about = workbook.createSheet(words.say("report.sheet.about"));
            about.setColumnWidth(0, 26 * 256);
            about.setColumnWidth(1, 60 * 256);
            String[][] facts = {{words.say("report.about.promise"), title}, {words.say("report.about.asOf"), asOf},
                    {words.say("report.about.knownAt"), knownAt}};
            for (int i = 0; i < facts.length; i++) {
                Row line = about.createRow(i);
                text(line, 0, facts[i][0], heading);
                text(line, 1, facts[i][1], text);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    /** A figure that does not apply is left blank, not 0: a sum over the column must not count it. */
    private static void number(Row row, int column, Integer value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private static CellStyle headingStyle(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }
}
