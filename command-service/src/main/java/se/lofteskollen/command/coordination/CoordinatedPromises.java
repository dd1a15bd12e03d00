package se.lofteskollen.command.coordination;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lofteskollen.events.CommitmentCodes;
import se.lofteskollen.platform.security.Member;
import se.lofteskollen.platform.security.Roles;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a coordinator's pages show: the promises one of their organisations acts in (the lookup says which), each
 * promise and commitment as its own events say it stands. Only reads: whether a command may be sent is decided on
 * the command bus, whatever a page shows.
 */
@Component
class CoordinatedPromises {

    private final JdbcTemplate jdbc;
    private final EventStore events;

    CoordinatedPromises(JdbcTemplate jdbc, EventStore events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The promises the coordinator works in, newest year first. */
    List<PromiseNow> of(Member coordinator) {
        if (!coordinator.is(Roles.COORDINATOR) || coordinator.organisations().isEmpty()) {
            return List.of();
        }
        List<String> ids = jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT p.promise_id FROM promise_lookup p
                    WHERE EXISTS (SELECT 1 FROM promise_party_lookup pp
                                  WHERE pp.promise_id = p.promise_id AND pp.organisation = ANY (?))
                    ORDER BY p.year DESC, p.promise_id""");
            statement.setArray(1, connection.createArrayOf("varchar", coordinator.organisations().toArray()));
            return statement;
        }, (row, n) -> row.getString(1));
        return ids.stream().map(this::promise).filter(Objects::nonNull).toList();
    }

    /** The promise, when the coordinator works in it. */
    Optional<PromiseNow> promise(String promiseId, Member coordinator) {
        return coordinates(promiseId, coordinator) ? Optional.ofNullable(promise(promiseId)) : Optional.empty();
    }

    /** The commitment, when the coordinator works in its promise. */
    Optional<CommitmentNow> commitment(String commitmentId, Member coordinator) {
        return Optional.ofNullable(CommitmentNow.of(payloads(commitmentId)))
                .filter(commitment -> coordinates(commitment.promiseId(), coordinator));
    }

    /** Every commitment of the promise, withdrawn ones too, by area in the promise's order, then by code. */
    List<CommitmentNow> commitmentsOf(PromiseNow promise) {
        List<String> areas = promise.areas().stream().map(area -> area.code()).toList();
        Comparator<CommitmentNow> order = Comparator
                .comparingInt((CommitmentNow commitment) -> ordinal(areas, commitment.priorityArea()))
                .thenComparing(CommitmentNow::code, CommitmentCodes.ORDER);
        return jdbc.queryForList("SELECT commitment_id FROM commitment_lookup WHERE promise_id = ?", String.class,
                        promise.promiseId()).stream()
                .map(id -> CommitmentNow.of(payloads(id))).filter(Objects::nonNull).sorted(order).toList();
    }

    /** Each commitment's code by its id, withdrawn ones too. */
    Map<String, String> codesOf(String promiseId) {
        Map<String, String> codes = new HashMap<>();
        jdbc.query("SELECT commitment_id, code FROM commitment_lookup WHERE promise_id = ?",
                row -> {
                    codes.put(row.getString(1), row.getString(2));
                }, promiseId);
        return codes;
    }

    private boolean coordinates(String promiseId, Member coordinator) {
        if (!coordinator.is(Roles.COORDINATOR) || coordinator.organisations().isEmpty()) {
            return false;
        }
        return Boolean.TRUE.equals(jdbc.query(connection -> {
            var statement = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM promise_party_lookup "
                    + "WHERE promise_id = ? AND organisation = ANY (?))");
            statement.setString(1, promiseId);
            statement.setArray(2, connection.createArrayOf("varchar", coordinator.organisations().toArray()));
            return statement;
        }, result -> result.next() && result.getBoolean(1)));
    }

    private PromiseNow promise(String promiseId) {
        return PromiseNow.of(payloads(promiseId));
    }

    /** A promise's or a commitment's own events, read through the upcasters as the aggregate reads them. */
    private List<Object> payloads(String aggregateId) {
        return events.readEvents(aggregateId).asStream().map(EventMessage::getPayload).map(Object.class::cast).toList();
    }

    private static int ordinal(List<String> areas, String code) {
        int at = areas.indexOf(code);
        return at < 0 ? Integer.MAX_VALUE : at;
    }
}
