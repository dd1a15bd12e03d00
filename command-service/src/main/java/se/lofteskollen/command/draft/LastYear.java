package se.lofteskollen.command.draft;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.commitment.CommitmentRevised;
import se.lofteskollen.events.promise.PromiseCreated;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A promise, and its commitments as they stand now, read from their own events in the log (the pledge, then each
 * revision): the lookup tables keep only what the rules need, not texts and targets. A renewal reads some
 * twenty-five short streams, once.
 */
@Component
class LastYear {

    /** One commitment as last revised; {@code withdrawn} ones are not carried on. */
    record Commitment(String commitmentId, String code, String priorityArea, Set<String> responsible, String text,
                      List<Target> targets, boolean withdrawn) {
    }

    private final JdbcTemplate jdbc;
    private final EventStore events;

    LastYear(JdbcTemplate jdbc, EventStore events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The promise as it was created: its areas, parties and names never change. */
    PromiseCreated promise(String promiseId) {
        return events.readEvents(promiseId).asStream().map(message -> message.getPayload())
                .filter(PromiseCreated.class::isInstance).map(PromiseCreated.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("promise " + promiseId + " has no creation"));
    }

    List<Commitment> commitmentsOf(String promiseId) {
        List<Commitment> commitments = new ArrayList<>();
        jdbc.query("SELECT commitment_id, withdrawn FROM commitment_lookup WHERE promise_id = ? ORDER BY commitment_id",
                row -> {
                    commitments.add(read(row.getString(1), row.getBoolean(2)));
                }, promiseId);
        return commitments;
    }

    private Commitment read(String commitmentId, boolean withdrawn) {
        Commitment[] current = new Commitment[1];
        events.readEvents(commitmentId).asStream().forEach(message -> {
            Object event = message.getPayload();
            if (event instanceof CommitmentPledged pledged) {
                current[0] = new Commitment(commitmentId, pledged.code(), pledged.priorityArea(), pledged.responsible(),
                        pledged.text(), pledged.targets(), withdrawn);
            } else if (event instanceof CommitmentRevised revised && current[0] != null) {
                Commitment before = current[0];
                current[0] = new Commitment(commitmentId, before.code(), before.priorityArea(), revised.responsible(),
                        revised.text(), revised.targets(), withdrawn);
            }
        });
        if (current[0] == null) {
            throw new IllegalStateException("commitment " + commitmentId + " is in the lookup but has no pledge");
        }
        return current[0];
    }
}
