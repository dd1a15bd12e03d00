package se.lofteskollen.command.report;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.lofteskollen.command.rules.Conflict;
import se.lofteskollen.command.web.Accepted;
import se.lofteskollen.events.PromiseEvent;

import java.util.Optional;

/**
 * Answers a report whose id is already taken in the event store: a repeat of the same request is the same
 * success as the first time (its id and position), other content under the id a conflict naming the id field.
 * Read only when a new report could not be stored, so a report that is new costs nothing here.
 */
@Component
class ReportRepeats {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    ReportRepeats(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    private record FirstEvent(long position, String type, String revision, byte[] payload) {
    }

    /** Empty when nothing is stored under the command's id; otherwise the answer to the repeat, or a {@link Conflict}. */
    Optional<Accepted> answer(NewReport command) {
        return jdbc.query("""
                        SELECT global_index, payload_type, payload_revision, payload FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND sequence_number = 0""",
                        (row, n) -> new FirstEvent(row.getLong(1), row.getString(2), row.getString(3), row.getBytes(4)),
                        command.reportId())
                .stream().findFirst()
                .map(first -> answer(command, first));
    }

    private Accepted answer(NewReport command, FirstEvent first) {
        if (!first.type().equals(command.recorded(null).getClass().getName())) {
            throw new Conflict(command.idField(), "refusal.id.otherKind", command.reportId());
        }
        PromiseEvent stored = serializer.deserialize(new SimpleSerializedObject<>(first.payload(), byte[].class,
                first.type(), first.revision()));
        if (!stored.equals(command.recorded(stored.promiseId()))) {
            throw new Conflict(command.idField(), "refusal.report.otherContent", command.reportId());
        }
        return new Accepted(command.reportId(), first.position());
    }
}
