package se.lofteskollen.query.deadletters;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParkingPolicyTest {

    private final ParkingPolicy policy = new ParkingPolicy(null, "commitments");
    private final GenericDeadLetter<GenericEventMessage<String>> letter =
            new GenericDeadLetter<>("report-1", new GenericEventMessage<>("a report"));

    @Test
    void aDeadlockNeverParksTheEventButFailsTheBatchToBeHandledAgain() {
        SQLException deadlock = new SQLException("deadlock detected", "40P01");

        assertThatThrownBy(() -> policy.decide(letter, new RuntimeException("flush failed", deadlock)))
                .isInstanceOf(ParkingPolicy.FailedInABatch.class);
        assertThat(ParkingPolicy.transientFailure(new CannotAcquireLockException("lock wait"))).isTrue();
        assertThat(ParkingPolicy.transientFailure(new SQLException("connection lost", "08006"))).isTrue();
    }

    @Test
    void aValueTheReadModelRefusesIsNotTransient() {
        assertThat(ParkingPolicy.transientFailure(
                new RuntimeException(new SQLException("value too long for type character varying(40)", "22001"))))
                .isFalse();
    }
}
