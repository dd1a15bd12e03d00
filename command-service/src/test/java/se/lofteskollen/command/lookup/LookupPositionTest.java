package se.lofteskollen.command.lookup;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import se.lofteskollen.events.commitment.CommitmentWithdrawn;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lookup tables change only in a transaction: never apart from the event that changes them. */
class LookupPositionTest {

    @Test
    void anEventTheLookupTakesOutsideATransactionFailsBeforeAnyRowIsWritten() {
        var unitOfWork = new DefaultUnitOfWork<>(GenericEventMessage.asEventMessage(
                new CommitmentWithdrawn("vastervik-2025-6.2", "vastervik-2025", "Ingår i ett annat löfte")));
        AtomicBoolean handled = new AtomicBoolean();

        assertThatThrownBy(() -> new LookupPosition(null).handle(unitOfWork, () -> {
            handled.set(true);
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("CommitmentWithdrawn");
        assertThat(handled).isFalse();
    }
}
