package se.lofteskollen.events;

import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.commitment.CommitmentRevised;
import se.lofteskollen.events.promise.PromiseSigned;
import se.lofteskollen.events.report.ActivityReported;
import se.lofteskollen.events.report.MeetingRecorded;
import se.lofteskollen.events.report.ReportRetracted;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PromiseEventTest {

    @Test
    void everyEventOfThePublishedLanguageIsAPromiseEvent() throws Exception {
        List<Class<?>> events = eventClasses();

        assertThat(events).hasSizeGreaterThanOrEqualTo(13);
        assertThat(events).allSatisfy(event -> assertThat(PromiseEvent.class).isAssignableFrom(event));
    }

    @Test
    void aRetractionIsOrderedWithTheReportItRetracts() {
        MeetingRecorded meeting = new MeetingRecorded("meeting-1", "p", Network.TISTEL, LocalDate.of(2025, 3, 1),
                List.of("p-1.1"), 5, null);
        ReportRetracted retraction = new ReportRetracted("meeting-1", "p", "wrong day");

        assertThat(retraction.sequenceId()).isEqualTo(meeting.sequenceId());
    }

    @Test
    void twoReportsOfOnePromiseAreNotOrderedWithEachOther() {
        ActivityReported first = activity("activity-1");
        ActivityReported second = activity("activity-2");

        assertThat(first.promiseId()).isEqualTo(second.promiseId());
        assertThat(first.sequenceId()).isNotEqualTo(second.sequenceId());
    }

    @Test
    void aRevisionIsOrderedWithItsCommitmentsPledgeAndNotWithThePromise() {
        CommitmentPledged pledged = new CommitmentPledged("p-6.2", "p", "6.2", "6", Set.of("POLICE"), "text", List.of(), null);
        CommitmentRevised revised = new CommitmentRevised("p-6.2", "p", "new text", Set.of("POLICE"), List.of(), "why");
        PromiseSigned signed = new PromiseSigned("p", LocalDate.of(2025, 1, 10), List.of());

        assertThat(revised.sequenceId()).isEqualTo(pledged.sequenceId());
        assertThat(signed.sequenceId()).isEqualTo("p").isNotEqualTo(pledged.sequenceId());
    }

    private static ActivityReported activity(String id) {
        return new ActivityReported(id, "p", ActivityKind.FOOT_PATROL, List.of("p-1.1"), LocalDate.of(2025, 3, 1), 1,
                null, null);
    }

    /** Every class with a {@link Revision} under this package: the events, as the serializer stores them. */
    private static List<Class<?>> eventClasses() throws IOException, URISyntaxException {
        Path root = Path.of(PromiseEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(name -> name.startsWith("se.lofteskollen.events."))
                    .map(PromiseEventTest::load)
                    .filter(type -> type.isAnnotationPresent(Revision.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
