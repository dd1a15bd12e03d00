package se.lofteskollen.command.imports;

import jakarta.validation.Validator;
import org.springframework.stereotype.Service;
import se.lofteskollen.command.access.CommandPermissions;
import se.lofteskollen.command.lookup.CommitmentDirectory;
import se.lofteskollen.command.report.NewReport;
import se.lofteskollen.command.report.Report;
import se.lofteskollen.command.report.Reporting;
import se.lofteskollen.command.rules.InvalidCommand;
import se.lofteskollen.command.rules.NotPermitted;
import se.lofteskollen.command.rules.Refusal;
import se.lofteskollen.command.rules.Rejection;
import se.lofteskollen.command.web.Accepted;
import se.lofteskollen.command.web.CommandRequests.Sending;
import se.lofteskollen.command.imports.ImportResult.Line;
import se.lofteskollen.command.imports.ImportResult.Status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reports from another system in one file. Every row is checked as the API checks a single report (its constraints,
 * the command's text rules, who may report on what, and the report's own rules against the lookups) before anything
 * is stored; then each row is stored through the same command path as a single report, so nothing an import stores
 * differs from what the API would. A row's id comes from its {@code externalId} and the importing organisation, so a
 * file sent again, or again after a failure halfway, stores only the rows still missing.
 */
@Service
public class Importing {

    static final List<String> COLUMNS = List.of("externalId", "kind", "commitmentIds", "occurredOn", "place", "area",
            "count", "participants", "measures", "notes");
    static final List<String> REQUIRED = List.of("externalId", "kind", "commitmentIds", "occurredOn");
    static final int MAX_ROWS = 20_000;
    /** As many commands at once as a few clients of the API: the command path is bound by round trips, not CPU. */
    private static final int SENDERS = 4;

    private final Reporting reporting;
    private final Validator validator;
    private final CommandPermissions permissions;
    private final CommitmentDirectory directory;

    Importing(Reporting reporting, Validator validator, CommandPermissions permissions, CommitmentDirectory directory) {
        this.reporting = reporting;
        this.validator = validator;
        this.permissions = permissions;
        this.directory = directory;
    }

    /** Refused rows of a real import that is not partial: nothing was stored. */
    public static final class BadRows extends RuntimeException {

        private final transient ImportResult checked;

        BadRows(ImportResult checked) {
            super(checked.refused() + " of " + checked.rows() + " rows are refused; nothing was stored");
            this.checked = checked;
        }

        public ImportResult checked() {
            return checked;
        }
    }

    private record Checked(CsvFile.Row row, NewReport report, Line line) {
    }

    public ImportResult run(byte[] file, boolean dryRun, boolean partial, Sending sending) {
        List<CsvFile.Row> rows = CsvFile.rows(file, COLUMNS, REQUIRED);
        if (rows.size() > MAX_ROWS) {
            throw new InvalidCommand("file", "refusal.import.tooManyRows", rows.size(), MAX_ROWS);
        }
        List<Checked> checked = check(rows, sending);
        ImportResult result = ImportResult.of(true, checked.stream().map(Checked::line).toList());
        if (dryRun) {
            return result;
        }
        if (result.refused() > 0 && !partial) {
            throw new BadRows(result);
        }
        return ImportResult.of(false, store(checked, sending));
    }

    private List<Checked> check(List<CsvFile.Row> rows, Sending sending) {
        Map<String, Integer> lineOfId = new HashMap<>();
        List<Checked> checked = new ArrayList<>(rows.size());
        for (CsvFile.Row row : rows) {
            String externalId = row.get("externalId");
            Integer earlier = externalId == null ? null : lineOfId.putIfAbsent(externalId, row.line());
            if (earlier != null) {
                checked.add(refused(row, "externalId", Refusal.of("refusal.import.idTwice", earlier)));
            } else {
                checked.add(check(row, sending));
            }
        }
        return checked;
    }

    private Checked check(CsvFile.Row row, Sending sending) {
        String externalId = row.get("externalId");
        NewReport report;
        try {
            report = ImportRow.report(row, idOf(externalId, sending), reporting, validator);
        } catch (InvalidCommand refused) {
            return refused(row, refused.field(), refused.refusal());
        }
        try {
            permissions.check(report, sending.who().asMetaData());
            Report.check(report, directory);
            return new Checked(row, report, new Line(row.line(), externalId, Status.WOULD_STORE, report.reportId(),
                    null));
        } catch (Rejection | NotPermitted refused) {
            return storedBefore(row, report).orElseGet(() -> refused(row, fieldOf(refused), refusalOf(refused)));
        }
    }

    /** A row refused now may have been stored before the rule changed (a commitment withdrawn since): it stands. */
    private Optional<Checked> storedBefore(CsvFile.Row row, NewReport report) {
        try {
            return reporting.stored(report).map(accepted -> new Checked(row, null, new Line(row.line(),
                    row.get("externalId"), Status.ALREADY_STORED, accepted.id(), accepted.position())));
        } catch (Rejection otherContent) {
            return Optional.of(refused(row, "externalId", Refusal.of("refusal.import.otherContent")));
        }
    }

    private List<Line> store(List<Checked> checked, Sending sending) {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<Line>> lines = new ArrayList<>(checked.size());
            for (Checked row : checked) {
                lines.add(row.report() == null ? completed(row.line()) : senders.submit(() -> store(row, sending)));
            }
            List<Line> stored = new ArrayList<>(lines.size());
            for (Future<Line> line : lines) {
                stored.add(line.get());
            }
            return stored;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", interrupted);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("a row could not be stored", failed.getCause());
        } finally {
            senders.shutdownNow();
        }
    }

    private Line store(Checked row, Sending sending) {
        String externalId = row.row().get("externalId");
        try {
            AtomicBoolean repeat = new AtomicBoolean();
            Accepted accepted = reporting.record(row.report(), sending, () -> repeat.set(true));
            return new Line(row.row().line(), externalId, repeat.get() ? Status.ALREADY_STORED : Status.STORED,
                    accepted.id(), accepted.position());
        } catch (RuntimeException failure) {
            Throwable cause = rootRefusal(failure);
            if (cause == null) {
                throw failure;
            }
            return Line.refused(row.row().line(), externalId, fieldOf(cause), refusalOf(cause));
        }
    }

    /**
     * The id a row's report is stored under: the same for the same {@code externalId} from the same organisation, so
     * two organisations' systems may use the same numbers without meeting.
     */
    static String idOf(String externalId, Sending sending) {
        if (externalId == null) {
            return null;
        }
        String organisation = String.valueOf(sending.who().member().joinedOrganisations());
        return UUID.nameUUIDFromBytes(("import\n" + organisation + "\n" + externalId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static Checked refused(CsvFile.Row row, String field, Refusal refusal) {
        return new Checked(row, null, Line.refused(row.line(), row.get("externalId"), field, refusal));
    }

    private static Refusal refusalOf(Throwable refused) {
        return refused instanceof Rejection rejection ? rejection.refusal() : ((NotPermitted) refused).refusal();
    }

    private static String fieldOf(Throwable refusal) {
        String field = refusal instanceof Rejection rejection ? rejection.field()
                : refusal instanceof NotPermitted notPermitted ? notPermitted.field() : null;
        return ImportRow.column(field);
    }

    private static Throwable rootRefusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof Rejection || cause instanceof NotPermitted) {
                return cause;
            }
        }
        return null;
    }

    private static Future<Line> completed(Line line) {
        return CompletableFuture.completedFuture(line);
    }
}
