package se.lofteskollen.query.deadletters;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.commitment.CommitmentRevised;
import se.lofteskollen.events.commitment.CommitmentWithdrawn;
import se.lofteskollen.events.commitment.MilestoneReached;
import se.lofteskollen.events.promise.PromiseSigned;
import se.lofteskollen.events.report.ActivityReported;
import se.lofteskollen.events.report.ReportRetracted;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.report.PlaceVisitReported;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.lofteskollen.query.readmodels.Processors;
import se.lofteskollen.query.rebuild.Rebuild;
import se.lofteskollen.query.testing.EventFeed;
import se.lofteskollen.query.testing.Promises;
import se.lofteskollen.query.testing.QueryServiceTest;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One bad stored event never stops the read models: it is parked in its group's dead-letter queue with what held
 * it, the events after it go on, and the operator retries it once the cause is fixed.
 */
class DeadLettersTest extends QueryServiceTest {

    /** A user id longer than the read models' user id columns (VARCHAR(100)): PostgreSQL refuses the row. */
    private static final EventFeed.Author UNFIT_AUTHOR = new EventFeed.Author("polis-" + "x".repeat(100),
            "Kommunpolisen", "POLICE", "REPORTER");
    private static final RequestPostProcessor OPERATOR = httpBasic("drift", "drift");

    @Autowired
    EventStore eventStore;
    @Autowired
    MeterRegistry meters;
    @Autowired
    Rebuild rebuild;
    @Autowired
    DataSource dataSource;
    @Autowired
    Serializer serializer;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aReportPostgresRefusesIsParkedAloneAndAppliedWhenRetriedAfterTheFix() throws Exception {
        String promiseId = id("dlq-2025");
        String commitmentId = promiseId + "-3.1";
        feed().publish(Promises.created(promiseId, 2025, "Medborgarlöfte", "Lokalpolisområde", "Kommunen"));
        feed().publish(new PromiseSigned(promiseId, LocalDate.of(2025, 1, 27), List.of()));
        feed().publish(new CommitmentPledged(commitmentId, promiseId, "3.1", "1",
                Set.of("POLICE"), "Medborgardialoger", List.of(), null));
        feed().awaitProjections();
        double parkedBefore = parkedCount();

        // One append, so one processor batch holds the good reports, the bad one, and the bad one's retraction.
        String bad = promiseId + "-bad";
        appendTogether(
                report(promiseId + "-good-1", promiseId, commitmentId, EventFeed.POLIS),
                report(bad, promiseId, commitmentId, UNFIT_AUTHOR),
                report(promiseId + "-good-2", promiseId, commitmentId, EventFeed.POLIS),
                message(new ReportRetracted(bad, promiseId, "fel dag"), EventFeed.POLIS));
        feed().publish(activity(promiseId + "-good-3", promiseId, commitmentId));
        feed().awaitProjections();

        assertThat(reportIds(promiseId)).containsExactlyInAnyOrder(
                promiseId + "-good-1", promiseId + "-good-2", promiseId + "-good-3");
        JsonNode progress = getJson(get("/api/promises/" + promiseId + "/progress")
                .with(httpBasic("ledning", "ledning")));
        assertThat(progress.toString()).contains(commitmentId);
        List<JsonNode> parked = parkedOf(bad);
        assertThat(parked).extracting(letter -> letter.get("group").asText())
                .contains(Processors.COMMITMENTS, Processors.AUDIT);
        JsonNode first = parked.stream().filter(letter -> letter.get("group").asText().equals(Processors.COMMITMENTS))
                .filter(letter -> letter.get("eventType").asText().endsWith("ActivityReported")).findFirst().orElseThrow();
        assertThat(first.get("causeMessage").asText()).contains("value too long");
        assertThat(first.get("position").asLong()).isPositive();
        assertThat(parked).extracting(letter -> letter.get("eventType").asText())
                .anyMatch(type -> type.endsWith("ReportRetracted"));
        assertThat(parkedCount()).isGreaterThanOrEqualTo(parkedBefore + 4);
        // Nothing of the parked report reached the tallies: its savepoint took its rows back, and a batch tallies only
        // the rows it wrote.
        assertThat(reportedQuantity(promiseId)).isEqualTo(3);

        widenUserIdColumns();
        JsonNode retried = json.readTree(mvc.perform(post("/actuator/deadletters/retry").with(OPERATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(retried.get("sequencesApplied").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(parkedOf(bad)).isEmpty();
        assertThat(reportIds(promiseId)).contains(bad);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM report_retraction WHERE report_id = ?", Long.class, bad))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE subject_id = ?", Long.class, bad))
                .isGreaterThanOrEqualTo(1);
        assertThat(reportedQuantity(promiseId)).as("applied, then retracted in order").isEqualTo(3);
    }

    @Test
    void aPoisonedEventWrittenStraightIntoTheStoreIsParkedOnlyWhereItFailsAndTheLaterReportsOfItsPromiseReachEveryReadModel()
            throws Exception {
        String promiseId = id("poison-2025");
        String commitmentId = promiseId + "-6.2";
        feed().publish(Promises.created(promiseId, 2025, "Medborgarlöfte", "Lokalpolisområde", "Kommunen"));
        feed().publish(new CommitmentPledged(commitmentId, promiseId, "6.2", "6",
                Set.of("POLICE"), "Platsbesök", List.of(), null));
        feed().awaitProjections();

        // Written by hand in one transaction (one batch): a visit dated past PostgreSQL's last day, which the report
        // and place tables refuse and the audit (JSON) takes, between two good visits, and its retraction.
        String poisoned = promiseId + "-poisoned";
        appendStraightIntoTheStore(
                visit(promiseId + "-good-1", promiseId, commitmentId, LocalDate.of(2025, 4, 1)),
                visit(poisoned, promiseId, commitmentId, LocalDate.of(9_000_000, 1, 1)),
                visit(promiseId + "-good-2", promiseId, commitmentId, LocalDate.of(2025, 4, 2)),
                new ReportRetracted(poisoned, promiseId, "fel datum"));
        feed().by(EventFeed.POLIS).publish(visit(promiseId + "-good-3", promiseId, commitmentId, LocalDate.of(2025, 4, 3)));
        feed().awaitProjections();

        List<String> good = List.of(promiseId + "-good-1", promiseId + "-good-2", promiseId + "-good-3");
        assertThat(reportIds(promiseId)).containsExactlyInAnyOrderElementsOf(good);
        assertThat(jdbc.queryForList("SELECT visit_id FROM place_visit WHERE promise_id = ?", String.class, promiseId))
                .containsExactlyInAnyOrderElementsOf(good);
        assertThat(jdbc.queryForList("SELECT subject_id FROM audit_entry WHERE promise_id = ? AND change = 'PLACE_VISIT_REPORTED'",
                String.class, promiseId)).containsExactlyInAnyOrderElementsOf(
                List.of(promiseId + "-good-1", poisoned, promiseId + "-good-2", promiseId + "-good-3"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE subject_id = ? AND change = 'REPORT_RETRACTED'",
                Long.class, poisoned)).as("the audit took the visit, so it takes its retraction in order").isEqualTo(1);

        List<JsonNode> parked = parkedOf(poisoned);
        assertThat(parked).extracting(letter -> letter.get("group").asText() + " " + letter.get("eventType").asText())
                .containsExactlyInAnyOrder(
                        Processors.COMMITMENTS + " " + PlaceVisitReported.class.getName(),
                        Processors.COMMITMENTS + " " + ReportRetracted.class.getName(),
                        Processors.PLACES + " " + PlaceVisitReported.class.getName(),
                        Processors.PLACES + " " + ReportRetracted.class.getName());
        assertThat(parked).filteredOn(letter -> letter.get("eventType").asText().endsWith("PlaceVisitReported"))
                .allSatisfy(letter -> assertThat(letter.get("causeMessage").asText()).isNotBlank());
    }

    @Test
    void aCommitmentEventPostgresRefusesIsParkedAloneAndTheInsertsAndChangesBesideItInItsBatchStand() throws Exception {
        String promiseId = id("dlq-commitments-2025");
        String kept = promiseId + "-1.1";
        String refused = promiseId + "-2.1";
        feed().publish(Promises.created(promiseId, 2025, "Medborgarlöfte", "Lokalpolisområde", "Kommunen"));
        feed().awaitProjections();

        // One append, so one batch: a commitment pledged, revised and withdrawn around another one's milestone, whose
        // author's user id is longer than the column that keeps it.
        appendTogether(
                commitmentEvent(kept, 0, pledge(kept, promiseId, "1.1"), EventFeed.SAMORDNARE),
                commitmentEvent(refused, 0, pledge(refused, promiseId, "2.1"), EventFeed.SAMORDNARE),
                commitmentEvent(kept, 1, new CommitmentRevised(kept, promiseId, "Fler medborgardialoger",
                        Set.of("POLICE"), List.of(), "nytt läge"), EventFeed.SAMORDNARE),
                commitmentEvent(refused, 1, new MilestoneReached(refused, promiseId, "Plan klar",
                        LocalDate.of(2025, 3, 1), null), UNFIT_AUTHOR),
                commitmentEvent(kept, 2, new CommitmentWithdrawn(kept, promiseId, "ersatt"), EventFeed.SAMORDNARE));
        feed().publish(new PromiseSigned(promiseId, LocalDate.of(2025, 1, 27), List.of()));
        feed().awaitProjections();

        assertThat(jdbc.queryForMap("SELECT text, withdrawal_reason FROM commitment_view WHERE commitment_id = ?", kept))
                .containsEntry("text", "Fler medborgardialoger").containsEntry("withdrawal_reason", "ersatt");
        assertThat(jdbc.queryForList("SELECT commitment_id FROM commitment_view WHERE promise_id = ?", String.class,
                promiseId)).containsExactlyInAnyOrder(kept, refused);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM milestone_view WHERE commitment_id = ?", Long.class,
                refused)).isZero();
        assertThat(parkedOf(refused)).extracting(letter -> letter.get("group").asText() + " "
                        + letter.get("eventType").asText())
                .contains(Processors.COMMITMENTS + " " + MilestoneReached.class.getName())
                .noneMatch(letter -> letter.endsWith(CommitmentPledged.class.getName()));
    }

    private static CommitmentPledged pledge(String commitmentId, String promiseId, String code) {
        return new CommitmentPledged(commitmentId, promiseId, code, "1", Set.of("POLICE"),
                "Medborgardialoger", List.of(), null);
    }

    private static EventMessage<?> commitmentEvent(String commitmentId, long sequence, Object payload,
                                                   EventFeed.Author author) {
        return new GenericDomainEventMessage<>("Commitment", commitmentId, sequence, payload, author.metaData(),
                UUID.randomUUID().toString(), Instant.parse("2025-03-03T12:00:00Z").plusMillis(sequence));
    }

    private long reportedQuantity(String promiseId) {
        Long quantity = jdbc.queryForObject("SELECT sum(quantity) FROM report_tally WHERE promise_id = ?", Long.class,
                promiseId);
        return quantity == null ? 0 : quantity;
    }

    @Test
    void anEventOfATypeNoClassExistsForIsParkedInsteadOfSkippedAndTheStreamGoesOn() throws Exception {
        String eventId = appendUnknownEvent();
        String promiseId = id("after-unknown");
        feed().publish(Promises.created(promiseId, 2025, "Medborgarlöfte", "Lokalpolisområde", "Kommunen"));
        feed().awaitProjections();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM promise_view WHERE promise_id = ?", Long.class, promiseId))
                .isEqualTo(1);
        // The places group handles no promise event, so the wait above does not cover it.
        await().atMost(Duration.ofSeconds(30)).until(() -> parkedOf(eventId).size() == Processors.ALL.size());
        List<JsonNode> parked = parkedOf(eventId);
        assertThat(parked).extracting(letter -> letter.get("group").asText())
                .containsExactlyInAnyOrderElementsOf(Processors.ALL);
        assertThat(parked.get(0).get("eventType").asText()).contains("SomethingFromANewerService");
        assertThat(parked.get(0).get("causeMessage").asText()).contains("no class for event type");
    }

    @Test
    void anEventWhoseStoredPayloadCannotBeReadIsParkedAndTheStreamGoesOn() throws Exception {
        String eventId = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_revision, payload_type, "
                        + "time_stamp, aggregate_identifier, sequence_number, type) VALUES (?, ?, ?, '9', ?, ?, ?, 0, 'Activity')",
                eventId, "{}".getBytes(StandardCharsets.UTF_8),
                "{\"activityId\":\"x\",\"promiseId\":\"x\",\"count\":\"many\"}".getBytes(StandardCharsets.UTF_8),
                ActivityReported.class.getName(), Instant.now().toString(), id("revision-9"));
        String promiseId = id("after-revision-9");
        feed().publish(Promises.created(promiseId, 2025, "Medborgarlöfte", "Lokalpolisområde", "Kommunen"));
        feed().awaitProjections();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM promise_view WHERE promise_id = ?", Long.class, promiseId))
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> parkedOf(eventId).size() >= 2);
        assertThat(parkedOf(eventId)).extracting(letter -> letter.get("group").asText())
                .contains(Processors.COMMITMENTS, Processors.AUDIT);
    }

    @Test
    void aRebuildEmptiesTheDeadLettersOfTheGroupsItReplays() throws Exception {
        String eventId = appendUnknownEvent();
        feed().publish(Promises.created(id("before-rebuild"), 2025, "Medborgarlöfte", "Lokalpolisområde", "Kommunen"));
        feed().awaitProjections();
        await().atMost(Duration.ofSeconds(30)).until(() -> parkedOf(eventId).size() == Processors.ALL.size());

        Instant rebuildAskedAt = Instant.now();
        mvc.perform(post("/actuator/rebuild").with(httpBasic("drift", "drift")).contentType("application/json")
                        .content("{\"processors\":\"places\"}"))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(60)).until(() -> !rebuild.replaying(Processors.PLACES));

        // Emptied by the reset, then parked again by the replay: once, not behind its own earlier letter.
        await().atMost(Duration.ofSeconds(30)).until(() -> parkedOf(eventId).stream()
                .filter(letter -> letter.get("group").asText().equals(Processors.PLACES)).count() == 1);
        JsonNode again = parkedOf(eventId).stream()
                .filter(letter -> letter.get("group").asText().equals(Processors.PLACES)).findFirst().orElseThrow();
        assertThat(Instant.parse(again.get("parkedAt").asText())).isAfter(rebuildAskedAt);
    }

    @Test
    void onlyTheOperatorSeesAndRetriesTheDeadLetters() throws Exception {
        mvc.perform(get("/actuator/deadletters").with(OPERATOR)).andExpect(status().isOk());
        mvc.perform(get("/actuator/deadletters").with(httpBasic("ledning", "ledning"))).andExpect(status().isForbidden());
        mvc.perform(post("/actuator/deadletters/retry").with(httpBasic("samordnare", "samordnare")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/deadletters")).andExpect(status().isUnauthorized());
    }

    /** Events as rows written straight into the event table, in one transaction, by a police reporter. */
    private void appendStraightIntoTheStore(Object... payloads) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            for (Object payload : payloads) {
                SerializedObject<byte[]> data = serializer.serialize(payload, byte[].class);
                String aggregateId = payload instanceof PlaceVisitReported visit ? visit.visitId()
                        : ((ReportRetracted) payload).reportId();
                jdbc.update("INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_revision, "
                                + "payload_type, time_stamp, aggregate_identifier, sequence_number, type) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'Report')",
                        UUID.randomUUID().toString(),
                        serializer.serialize(MetaData.from(EventFeed.POLIS.metaData()), byte[].class).getData(),
                        data.getData(), data.getType().getRevision(), data.getType().getName(),
                        Instant.parse("2025-04-05T10:00:00Z").toString(), aggregateId,
                        payload instanceof PlaceVisitReported ? 0 : 1);
            }
        });
    }

    private static PlaceVisitReported visit(String id, String promiseId, String commitmentId, LocalDate on) {
        return new PlaceVisitReported(id, promiseId, commitmentId, new Place("Stora torget", "Centrum", null, null), on,
                null, "fotpatrull");
    }

    /** A row written straight into the event table, of a type no class exists for in this service. */
    private String appendUnknownEvent() {
        String eventId = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_revision, payload_type, "
                        + "time_stamp, aggregate_identifier, sequence_number, type) VALUES (?, ?, ?, '2', ?, ?, ?, 0, 'Future')",
                eventId, "{}".getBytes(StandardCharsets.UTF_8),
                "{\"promiseId\":\"x\"}".getBytes(StandardCharsets.UTF_8),
                "se.lofteskollen.events.report.SomethingFromANewerService", Instant.now().toString(), id("future"));
        return eventId;
    }

    private List<JsonNode> parkedOf(String eventOrReportId) throws Exception {
        JsonNode listing = getJson(get("/actuator/deadletters").with(OPERATOR));
        List<String> eventIds = jdbc.queryForList(
                "SELECT event_identifier FROM domain_event_entry WHERE event_identifier = ? OR convert_from(payload, 'UTF8') LIKE ?",
                String.class, eventOrReportId, "%\"" + eventOrReportId + "\"%");
        List<JsonNode> parked = new ArrayList<>();
        listing.get("parked").forEach(letter -> {
            if (eventIds.contains(letter.get("eventId").asText())) {
                parked.add(letter);
            }
        });
        return parked;
    }

    private double parkedCount() {
        return meters.find("lofteskollen.deadletters.parked").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private List<String> reportIds(String promiseId) {
        return jdbc.queryForList("SELECT report_id FROM report_view WHERE promise_id = ?", String.class, promiseId);
    }

    /** The fix an operator would deploy: a migration that makes room for the value. */
    private void widenUserIdColumns() throws Exception {
        for (String table : List.of("report_view", "report_retraction", "audit_entry")) {
            jdbc.execute("ALTER TABLE " + table + " ALTER COLUMN user_id TYPE VARCHAR(200)");
        }
        // As after a deployment: no connection keeps a statement prepared against the old column type (PostgreSQL
        // would answer "cached plan must not change result type" to the test classes that share this database).
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
    }

    private static ActivityReported activity(String id, String promiseId, String commitmentId) {
        return new ActivityReported(id, promiseId, ActivityKind.CITIZEN_DIALOGUE, List.of(commitmentId),
                LocalDate.of(2025, 3, 3), 1, null, null);
    }

    private EventMessage<?> report(String id, String promiseId, String commitmentId, EventFeed.Author author) {
        return message(activity(id, promiseId, commitmentId), author);
    }

    private static EventMessage<?> message(Object payload, EventFeed.Author author) {
        String aggregateId = payload instanceof ActivityReported activity ? activity.activityId()
                : ((ReportRetracted) payload).reportId();
        long sequence = payload instanceof ActivityReported ? 0 : 1;
        return new GenericDomainEventMessage<>(payload.getClass().getSimpleName(), aggregateId, sequence, payload,
                author.metaData(), UUID.randomUUID().toString(), Instant.parse("2025-03-03T12:00:00Z"));
    }

    private void appendTogether(EventMessage<?>... events) {
        eventStore.publish(List.of(events));
    }
}
