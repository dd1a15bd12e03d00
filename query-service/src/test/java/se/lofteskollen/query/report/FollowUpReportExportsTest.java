package se.lofteskollen.query.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import se.lofteskollen.query.testing.MiniPromise;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The follow-up report as files to pass on: a PDF to read and print, a spreadsheet to count with. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpReportExportsTest extends QueryServiceTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    UserDetailsService users;

    MiniPromise promise;

    @BeforeAll
    void feedThePromise() {
        promise = new MiniPromise(feed(), id("exports-2025"));
    }

    @Test
    void thePdfIsA4WithTheCommitmentsSwedishTextReadableInAnEmbeddedFontAndTagged() throws Exception {
        byte[] pdf = mvc.perform(get("/api/promises/{id}/report.pdf", promise.promiseId).param("asOf", "2025-06-30")
                        .param("knownAt", MiniPromise.ON_30_JUNE).with(httpBasic("ledning", "ledning")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();

        keep("follow-up-report.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            // read in the order it was written, a cell's text at a time; a long one wraps onto lines of its own
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Uppföljning av medborgarlöfte 2025", "Förstudie om välfärdsbrott under våren",
                    "Polisen ska hålla orossamtal", "Lokalpolisområde Västervik", "40 av 100");
            PDPage first = document.getPage(0);
            assertThat(first.getMediaBox().getWidth()).as("A4 wide, in points").isCloseTo(595.3f, within(1f));
            assertThat(first.getMediaBox().getHeight()).as("A4 high, in points").isCloseTo(841.9f, within(1f));

            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });

            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).as("the structure tree of a tagged PDF").isNotNull();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("sv");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Uppföljning 2025 – Medborgarlöfte 2025");
            assertThat(document.getDocumentInformation().getSubject()).as("PDF/UA asks for a description")
                    .contains("läge per 2025-06-30");
            assertThat(new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .as("PDF/UA named in the XMP metadata").contains("pdfuaid");
        }
    }

    @Test
    void thePdfIsInEnglishWhenAskedFor() throws Exception {
        byte[] pdf = mvc.perform(get("/api/promises/{id}/report.pdf", promise.promiseId).param("asOf", "2025-06-30")
                        .param("knownAt", MiniPromise.ON_30_JUNE).param("lang", "en").with(httpBasic("ledning", "ledning")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        keep("follow-up-report-en.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Follow-up of the citizens' promise 2025", "As of (day 181 of 365)", "In brief",
                    "What is promised", "Responsible", "40 of 100", "Förstudie om välfärdsbrott under våren");
            assertThat(text).doesNotContain("??", "Läge per", "I korthet", "Åtagande");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Follow-up 2025 – Medborgarlöfte 2025");
            assertThat(document.getDocumentInformation().getSubject()).contains("as of 2025-06-30");
        }
    }

    @Test
    void theSpreadsheetsHeadingsAreInEnglishWhenAskedFor() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/promises/{id}/report.xlsx", promise.promiseId).param("asOf", "2025-06-30")
                        .header("Accept-Language", "en").with(httpBasic("ledning", "ledning")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andReturn().getResponse().getContentAsByteArray();

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Follow-up 2025");
            assertThat(texts(sheet.getRow(0))).containsExactly("Area", "Commitment", "Responsible", "What is promised",
                    "Target", "Kind of target", "Required", "Achieved", "Expected", "Achieved in words", "Status",
                    "Reason for withdrawal");
            List<String> kinds = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                kinds.add(sheet.getRow(r).getCell(5).getStringCellValue());
            }
            assertThat(kinds).contains("Count", "Milestone", "Ongoing").doesNotContain("Antal", "Löpande");
            Sheet about = workbook.getSheet("About the report");
            assertThat(texts(about.getRow(0))).containsExactly("Promise", "Follow-up 2025 – Medborgarlöfte 2025");
            assertThat(texts(about.getRow(2)).get(0)).isEqualTo("Recorded up to and including");
        }
    }

    @Test
    void theSpreadsheetHasAHeaderRowAndOneRowPerTargetWithRequiredAchievedAndExpectedAsNumbers() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/promises/{id}/report.xlsx", promise.promiseId).param("asOf", "2025-06-30")
                        .param("knownAt", MiniPromise.ON_30_JUNE).with(httpBasic("ledning", "ledning")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        keep("follow-up-report.xlsx", xlsx);

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).startsWith("Område", "Löfte", "Ansvar", "Åtagande", "Mål", "Måltyp",
                    "Krävs", "Utfall", "Förväntat");
            // 8 commitments, 6.1 with two targets: 9 rows under the header
            assertThat(sheet.getLastRowNum()).isEqualTo(9);
            Map<String, Row> byTarget = new HashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                byTarget.put(row.getCell(1).getStringCellValue() + " " + row.getCell(5).getStringCellValue(), row);
            }

            Row visits = byTarget.get("6.2 Antal");
            assertThat(numbers(visits)).containsExactly(100.0, 40.0, 49.0);
            assertThat(visits.getCell(10).getStringCellValue()).isEqualTo("Risk för att inte nå målet");
            Row preStudy = byTarget.get("5.1 Milstolpe");
            assertThat(preStudy.getCell(3).getStringCellValue()).isEqualTo("Förstudie om välfärdsbrott under våren");
            assertThat(preStudy.getCell(6).getNumericCellValue()).isEqualTo(1.0);
            assertThat(preStudy.getCell(7).getNumericCellValue()).as("reached").isEqualTo(1.0);
            assertThat(preStudy.getCell(8).getCellType()).as("a deadline expects nothing by number").isEqualTo(CellType.BLANK);
            Row talks = byTarget.get("2.6 Löpande");
            assertThat(talks.getCell(7).getCellType()).isEqualTo(CellType.BLANK);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as("no formula anywhere").isNotEqualTo(CellType.FORMULA);
                }
            }
            assertThat(workbook.getSheet("Om rapporten").getRow(1).getCell(1).getStringCellValue()).isEqualTo("2025-06-30");
        }
    }

    @Test
    void theReportPageLinksItsDownloadsForTheSameDayAndKnowledge() throws Exception {
        String api = mvc.perform(get("/api/promises/{id}/report", promise.promiseId).param("asOf", "2025-06-30")
                        .param("knownAt", MiniPromise.ON_30_JUNE).with(httpBasic("ledning", "ledning")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String query = "?asOf=2025-06-30&amp;knownAt=2025-06-30T23:59:59Z";
        assertThat(api).contains("/api/promises/" + promise.promiseId + "/report.pdf" + query,
                "/api/promises/" + promise.promiseId + "/report.xlsx" + query,
                "/api/promises/" + promise.promiseId + "/report.csv" + query);

        String page = mvc.perform(get("/dashboard/{id}/uppfoljning", promise.promiseId).param("asOf", "2025-06-30")
                        .with(user(users.loadUserByUsername("ledning"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/dashboard/" + promise.promiseId + "/uppfoljning.pdf?asOf=2025-06-30\"",
                "/dashboard/" + promise.promiseId + "/uppfoljning.xlsx?asOf=2025-06-30\"",
                "/dashboard/" + promise.promiseId + "/uppfoljning.csv?asOf=2025-06-30\"");
    }

    @Test
    void theDashboardLinksBothFilesAndServesThemToASignedInBrowser() throws Exception {
        String dashboard = mvc.perform(get("/dashboard/{id}", promise.promiseId).param("asOf", "2025-06-30")
                        .with(user(users.loadUserByUsername("ledning"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(dashboard).contains("/dashboard/" + promise.promiseId + "/uppfoljning.pdf?asOf=2025-06-30",
                "/dashboard/" + promise.promiseId + "/uppfoljning.xlsx?asOf=2025-06-30",
                "/dashboard/" + promise.promiseId + "/uppfoljning.csv?asOf=2025-06-30");

        mvc.perform(get("/dashboard/{id}/uppfoljning.pdf", promise.promiseId).param("asOf", "2025-06-30")
                        .with(user(users.loadUserByUsername("ledning"))))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(get("/dashboard/{id}/uppfoljning.xlsx", promise.promiseId).param("asOf", "2025-06-30")
                        .with(user(users.loadUserByUsername("ledning"))))
                .andExpect(status().isOk()).andExpect(content().contentType(XLSX));
    }

    @Test
    void aReaderOfAnotherMunicipalitysPromiseIsRefusedBothFiles() throws Exception {
        for (String file : List.of("report.pdf", "report.xlsx")) {
            MvcResult answer = mvc.perform(get("/api/promises/{id}/" + file, promise.promiseId)
                            .with(httpBasic("hultsfred", "hultsfred")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andReturn();
            assertThat(answer.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Förstudie");
        }
    }

    @Test
    void anUnknownPromiseHasNoFiles() throws Exception {
        for (String file : List.of("report.pdf", "report.xlsx")) {
            mvc.perform(get("/api/promises/{id}/" + file, "no-such-promise").accept(MediaType.APPLICATION_PDF, MediaType.ALL)
                            .with(httpBasic("ledning", "ledning")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void aDateThatCannotBeReadIsABadRequestNamingTheParameter() throws Exception {
        for (String file : List.of("report.pdf", "report.xlsx")) {
            mvc.perform(get("/api/promises/{id}/" + file, promise.promiseId).param("asOf", "2025-13-01")
                            .with(httpBasic("ledning", "ledning")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.field").value("asOf"));
            mvc.perform(get("/api/promises/{id}/" + file, promise.promiseId).param("knownAt", "yesterday")
                            .with(httpBasic("ledning", "ledning")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("knownAt"));
        }
    }

    /** The file as the test saw it, under target/ for a person to open. */
    private static void keep(String name, byte[] file) throws IOException {
        Path folder = Path.of("target", "exports");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), file);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    /** Required, achieved and expected, each of which must be a number. */
    private static List<Double> numbers(Row row) {
        List<Double> numbers = new ArrayList<>();
        for (int c = 6; c <= 8; c++) {
            assertThat(row.getCell(c).getCellType()).as("column %d", c).isEqualTo(CellType.NUMERIC);
            numbers.add(row.getCell(c).getNumericCellValue());
        }
        return numbers;
    }
}
