package se.lofteskollen.query.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import se.lofteskollen.platform.pages.PageWords;
import se.lofteskollen.query.progress.ProgressInWords;
import se.lofteskollen.query.progress.ProgressService;
import se.lofteskollen.query.progress.PromiseProgress;
import se.lofteskollen.query.progress.Status;
import se.lofteskollen.query.promise.PromiseView;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.readmodels.ReadYourWrites;
import se.lofteskollen.query.web.QueryParameters;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

@RestController
@Tag(name = "Follow-up report")
public class FollowUpReportController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ProgressService progress;
    private final FollowUpReport report;
    private final TemplateEngine templates;
    private final ReportPdf pdfs;
    private final ReadYourWrites freshness;
    private final Clock clock;
    private final PageWords words;

    FollowUpReportController(ProgressService progress, FollowUpReport report, TemplateEngine templates, ReportPdf pdfs,
                             ReadYourWrites freshness, Clock clock, PageWords words) {
        this.progress = progress;
        this.report = report;
        this.templates = templates;
        this.pdfs = pdfs;
        this.freshness = freshness;
        this.clock = clock;
        this.words = words;
    }

    @GetMapping("/api/promises/{promiseId}/report")
    @Operation(summary = "The annual follow-up report as a printable HTML page",
            description = "asOf defaults to 31 December once the year is over, else to today. With Accept: text/csv "
                    + "(and not text/html) the same rows come as CSV, as from report.csv. The page links the same "
                    + "report as PDF, XLSX and CSV.")
    public ResponseEntity<?> report(
            @PathVariable String promiseId,
            @Parameter(description = QueryParameters.AS_OF) @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(description = QueryParameters.KNOWN_AT) @RequestParam(required = false) Instant knownAt,
            @Parameter(description = QueryParameters.MIN_POSITION) @RequestParam(required = false) Long minPosition,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        // Negotiated here rather than by two mappings: a client that accepts anything gets the page, not a download.
        if (accept != null && accept.contains("text/csv") && !accept.contains("text/html")) {
            return csv(promiseId, asOf, knownAt, minPosition);
        }
        return page(promiseId, asOf, knownAt, minPosition, "/api/promises/{id}/report");
    }

    /**
     * The printable page, linking its downloads at {@code reportPath} + {@code .pdf}, {@code .xlsx} and {@code .csv}:
     * the API's for an API client, the dashboard's for a browser, which holds a session and no API credentials.
     */
    public ResponseEntity<String> page(String promiseId, LocalDate asOf, Instant knownAt, Long minPosition,
                                       String reportPath) {
        PromiseProgress judged = judge(promiseId, asOf, knownAt, minPosition);
        Context context = context(promiseId, judged);
        context.setVariable("downloads", Downloads.of(reportPath, promiseId, judged.asOf(), knownAt));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(templates.process("query/follow-up-report", context));
    }

    @GetMapping("/api/promises/{promiseId}/report.pdf")
    @Operation(summary = "The follow-up report as PDF: the printable page on A4, tagged for accessibility (PDF/UA)",
            description = "The font (DejaVu Sans) is embedded. asOf and knownAt as for the page; Swedish, English with "
                    + "?lang=en or Accept-Language: en.")
    public ResponseEntity<byte[]> pdf(
            @PathVariable String promiseId,
            @Parameter(description = QueryParameters.AS_OF) @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(description = QueryParameters.KNOWN_AT) @RequestParam(required = false) Instant knownAt,
            @Parameter(description = QueryParameters.MIN_POSITION) @RequestParam(required = false) Long minPosition) {
        PromiseProgress judged = judge(promiseId, asOf, knownAt, minPosition);
        Context context = context(promiseId, judged);
        context.setVariable("pdf", true);
        byte[] pdf = pdfs.of(templates.process("query/follow-up-report", context));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(fileName(promiseId, judged, "pdf"), StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    @GetMapping("/api/promises/{promiseId}/report.xlsx")
    @Operation(summary = "The follow-up report as a spreadsheet (XLSX): one row per target, its figures as numbers",
            description = "Headings and words in the reader's language (Swedish; English with ?lang=en or "
                    + "Accept-Language: en). Columns: area, commitment code, responsible, text, target, kind of target, then required, "
                    + "achieved and expected as numeric cells (blank where they do not apply), achieved in words, "
                    + "status, reason for a withdrawal. A second sheet names the promise, asOf and knownAt.")
    public ResponseEntity<byte[]> xlsx(
            @PathVariable String promiseId,
            @Parameter(description = QueryParameters.AS_OF) @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(description = QueryParameters.KNOWN_AT) @RequestParam(required = false) Instant knownAt,
            @Parameter(description = QueryParameters.MIN_POSITION) @RequestParam(required = false) Long minPosition) {
        PromiseProgress judged = judge(promiseId, asOf, knownAt, minPosition);
        PromiseView promise = progress.promise(promiseId);
        byte[] xlsx = ReportSpreadsheet.of(title(promise), judged.asOf().toString(), recorded(judged),
                words.say("report.sheet", promise.getYear()), report.rows(judged), words);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(promiseId, judged, "xlsx"), StandardCharsets.UTF_8).build().toString())
                .body(xlsx);
    }

    @GetMapping(value = "/api/promises/{promiseId}/report.csv")
    @Operation(summary = "The follow-up report as CSV: UTF-8 with a byte order mark, semicolons, one row per target",
            description = "Semicolon-separated so that Excel with Swedish settings opens it directly.")
    public ResponseEntity<byte[]> csv(
            @PathVariable String promiseId,
            @Parameter(description = QueryParameters.AS_OF) @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(description = QueryParameters.KNOWN_AT) @RequestParam(required = false) Instant knownAt,
            @Parameter(description = QueryParameters.MIN_POSITION) @RequestParam(required = false) Long minPosition) {
        PromiseProgress judged = judge(promiseId, asOf, knownAt, minPosition);
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(CsvCells.line(List.of("Område", "Områdesnamn", "Löfte", "Ansvar", "Åtagande", "Mål", "Utfall", "Förväntat",
                "Status", "Statuskod", "Skäl till återkallelse", "Läge per", "Registrerat till och med")));
        for (FollowUpReport.Row row : report.rows(judged)) {
            csv.append(CsvCells.line(List.of(row.areaCode(), row.area(), row.code(), row.responsible(), row.text(), row.target(),
                    row.achieved(), row.expected(), row.status(), row.statusCode(), row.withdrawalReason(),
                    judged.asOf().toString(), judged.knownAt().toString())));
        }
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + promiseId + "-uppfoljning-" + judged.asOf() + ".csv\"")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** What the page shows, for the browser and for the PDF alike. */
    private Context context(String promiseId, PromiseProgress judged) {
        PromiseView promise = progress.promise(promiseId);
        Context context = new Context(words.language());
        context.setVariable("promise", promise);
        context.setVariable("progress", judged);
        context.setVariable("parties", ProgressInWords.promisedBy(judged.parties()));
        context.setVariable("rows", report.rows(judged));
        context.setVariable("knownAt", recorded(judged));
        context.setVariable("statuses", judged.summary().byStatus());
        context.setVariable("withdrawn", Status.WITHDRAWN.swedishName());
        context.setVariable("title", title(promise));
        return context;
    }

    private String recorded(PromiseProgress judged) {
        return judged.knownAt().atZone(clock.getZone()).format(RECORDED);
    }

    private String title(PromiseView promise) {
        return words.say("report.title", promise.getYear(), promise.getTitle());
    }

    private static String fileName(String promiseId, PromiseProgress judged, String extension) {
        return promiseId + "-uppfoljning-" + judged.asOf() + "." + extension;
    }

    /** The report's downloads, on the same day and as known at the same instant as the page. */
    public record Downloads(String pdf, String xlsx, String csv) {

        static Downloads of(String reportPath, String promiseId, LocalDate asOf, Instant knownAt) {
            return new Downloads(link(reportPath + ".pdf", promiseId, asOf, knownAt),
                    link(reportPath + ".xlsx", promiseId, asOf, knownAt), link(reportPath + ".csv", promiseId, asOf, knownAt));
        }

        private static String link(String path, String promiseId, LocalDate asOf, Instant knownAt) {
            UriComponentsBuilder link = UriComponentsBuilder.fromPath(path).queryParam("asOf", asOf);
            if (knownAt != null) {
                link.queryParam("knownAt", knownAt.toString());
            }
            return link.buildAndExpand(promiseId).encode().toUriString();
        }
    }

    private PromiseProgress judge(String promiseId, LocalDate asOf, Instant knownAt, Long minPosition) {
        freshness.awaitPosition(minPosition, Processors.COMMITMENTS);
        if (asOf == null) {
            PromiseView promise = progress.promise(promiseId);
            LocalDate today = LocalDate.now(clock);
            asOf = today.getYear() > promise.getYear() ? LocalDate.of(promise.getYear(), 12, 31) : today;
        }
        return progress.ofPromise(promiseId, asOf, knownAt);
    }
}
