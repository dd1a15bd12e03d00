package se.lofteskollen.query.commitment;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lofteskollen.events.Measure;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.BaselineSet;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.commitment.CommitmentRevised;
import se.lofteskollen.events.commitment.CommitmentWithdrawn;
import se.lofteskollen.events.commitment.MilestoneReached;
import se.lofteskollen.events.commitment.StatusNoteAdded;
import se.lofteskollen.events.promise.PromiseClosed;
import se.lofteskollen.events.promise.PromiseSigned;
import se.lofteskollen.events.promise.Signatory;
import se.lofteskollen.query.promise.PromiseProjection;
import se.lofteskollen.query.testing.EventFeed;
import se.lofteskollen.query.testing.Promises;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projections of promises and commitments fed their events directly, in batches as the processor hands them
 * (one unit of work and transaction per batch, the rows written when it commits): an event delivered again changes
 * nothing, and a batch leaves the read model as its events one after the other would.
 */
class CommitmentProjectionTest extends QueryServiceTest {

    /** Far beyond the event store's positions, which the live processor feeds the same tables with. */
    private static final AtomicLong POSITIONS = new AtomicLong(1_000_000_000L);
    private static final List<String> TABLES = List.of("promise_view", "promise_area", "promise_party", "commitment_view", "commitment_version",
            "commitment_baseline", "milestone_view", "status_note_view");

    @Autowired
    CommitmentProjection commitments;
    @Autowired
    PromiseProjection promises;
    @Autowired
    TransactionManager transactions;

    private List<AnnotationEventHandlerAdapter> projections;
    private Instant at = Instant.parse("2025-02-03T08:00:00Z");

    /** The promises fed here: their rows have no events in the store (their positions are far beyond it). */
    private final List<String> fed = new ArrayList<>();

    /** Gone after each test, so that a rebuild elsewhere in the suite, which builds from the store alone, agrees. */
    @AfterEach
    void forgetTheRowsWithoutEvents() {
        for (String table : TABLES) {
            for (String promiseId : fed) {
                jdbc.update("DELETE FROM " + table + " WHERE promise_id = ?", promiseId);
            }
        }
    }

    @BeforeEach
    void adapt() {
        projections = List.of(new AnnotationEventHandlerAdapter(promises), new AnnotationEventHandlerAdapter(commitments));
    }

    /** The event as the processor hands it: its own id, its position in the store, recorded a millisecond later. */
    private EventMessage<?> event(Object payload) {
        at = at.plusMillis(1);
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(POSITIONS.incrementAndGet()),
                new GenericEventMessage<>(UUID.randomUUID().toString(), payload, EventFeed.SAMORDNARE.metaData(), at));
    }

    private void inOneBatch(List<EventMessage<?>> events) {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(events.get(0));
        batch.attachTransaction(transactions);
        batch.execute(() -> events.forEach(this::handle));
        if (batch.getExecutionResult() != null && batch.getExecutionResult().isExceptionResult()) {
            throw new AssertionError(batch.getExecutionResult().getExceptionResult());
        }
    }

    private void handle(EventMessage<?> event) {
        for (AnnotationEventHandlerAdapter projection : projections) {
            try {
                if (projection.canHandle(event)) {
                    projection.handle(event);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Every row of the promise in the read model, table by table. */
    private Map<String, List<String>> readModel(String promiseId) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            tables.put(table, jdbc.queryForList("SELECT to_jsonb(t)::text AS row FROM " + table
                    + " t WHERE promise_id = ? ORDER BY row", String.class, promiseId));
        }
        return tables;
    }

    private Map<String, Object> commitment(String commitmentId) {
        return jdbc.queryForMap("SELECT text, revised_at IS NOT NULL AS revised, withdrawal_reason FROM commitment_view"
                + " WHERE commitment_id = ?", commitmentId);
    }

    private static CommitmentPledged pledge(String commitmentId, String promiseId, String code, String text) {
        return new CommitmentPledged(commitmentId, promiseId, code, "6", Set.of("POLICE"),
                text, List.of(new Target.Count(Measure.placeVisits(), 10)), null);
    }

    private static CommitmentRevised revision(String commitmentId, String promiseId, String text) {
        return new CommitmentRevised(commitmentId, promiseId, text, Set.of("POLICE", "MUNICIPALITY"),
                List.of(new Target.Count(Measure.placeVisits(), 20)), "nytt läge");
    }

    @Test
    void aBatchDeliveredAgainAndEachOfItsEventsDeliveredAgainChangeNothing() {
        String promiseId = id("again-2025");
        fed.add(promiseId);
        String commitmentId = promiseId + "-1.1";
        List<EventMessage<?>> events = List.of(
                event(Promises.created(promiseId, 2025, "Medborgarlöfte", "Lokalpolisområde", "Kommunen")),
                event(new PromiseSigned(promiseId, LocalDate.of(2025, 1, 27),
                        List.of(new Signatory("Ann", "Polischef", Party.POLICE)))),
                event(pledge(commitmentId, promiseId, "1.1", "Platsbesök")),
                event(revision(commitmentId, promiseId, "Fler platsbesök")),
                event(new BaselineSet(commitmentId, promiseId, 12, "2024")),
                event(new MilestoneReached(commitmentId, promiseId, "Plan klar", LocalDate.of(2025, 3, 1), null)),
                event(new StatusNoteAdded(commitmentId, promiseId, "Pågår")),
                event(new CommitmentWithdrawn(commitmentId, promiseId, "ersatt")),
                event(new PromiseClosed(promiseId, LocalDate.of(2025, 12, 31), "Följt upp")));
        inOneBatch(events);
        Map<String, List<String>> once = readModel(promiseId);

        inOneBatch(events);
        for (EventMessage<?> event : events) {
            inOneBatch(List.of(event));
        }

        assertThat(readModel(promiseId)).isEqualTo(once);
        assertThat(once.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());
        assertThat(once.get("commitment_version")).hasSize(2);
        assertThat(commitment(commitmentId)).containsEntry("text", "Fler platsbesök").containsEntry("revised", true)
                .containsEntry("withdrawal_reason", "ersatt");
    }

    @Test
    void aRowInsertedAndChangedInOneBatchShowsTheChangeWhateverOtherRowWasChangedBefore() {
        String first = id("first-2025");
        String second = id("second-2025");
        fed.addAll(List.of(first, second));
        inOneBatch(List.of(
                event(Promises.created(first, 2025, "Medborgarlöfte", null, null)),
                event(pledge(first + "-1.1", first, "1.1", "Platsbesök"))));

        // Each change of a row already there comes before the row it is next done to is inserted.
        inOneBatch(List.of(
                event(revision(first + "-1.1", first, "Fler platsbesök")),
                event(new CommitmentWithdrawn(first + "-1.1", first, "ersatt")),
                event(new PromiseClosed(first, LocalDate.of(2025, 12, 31), "Följt upp")),
                event(Promises.created(second, 2025, "Medborgarlöfte", null, null)),
                event(new PromiseSigned(second, LocalDate.of(2025, 1, 27), List.of())),
                event(new PromiseClosed(second, LocalDate.of(2025, 12, 31), "Följt upp")),
                event(pledge(second + "-1.1", second, "1.1", "Tistelmöten")),
                event(revision(second + "-1.1", second, "Fler tistelmöten")),
                event(new CommitmentWithdrawn(second + "-1.1", second, "ersatt"))));

        assertThat(commitment(first + "-1.1")).containsEntry("text", "Fler platsbesök").containsEntry("revised", true)
                .containsEntry("withdrawal_reason", "ersatt");
        assertThat(commitment(second + "-1.1")).containsEntry("text", "Fler tistelmöten").containsEntry("revised", true)
                .containsEntry("withdrawal_reason", "ersatt");
        assertThat(jdbc.queryForList("SELECT concat_ws(' ', signed_on, closed_on) FROM promise_view"
                + " WHERE promise_id IN (?, ?) ORDER BY promise_id", String.class, first, second))
                .containsExactly("2025-12-31", "2025-01-27 2025-12-31");
    }
}
