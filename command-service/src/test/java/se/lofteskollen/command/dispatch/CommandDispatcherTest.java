package se.lofteskollen.command.dispatch;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import se.lofteskollen.command.identity.Identity;
import se.lofteskollen.command.lookup.CheckedAtAppend;
import se.lofteskollen.command.rules.Conflict;
import se.lofteskollen.command.rules.NotPermitted;
import se.lofteskollen.platform.eventstore.AppendConditionFailed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** When a concurrent write wins the race, the command is decided again on the new state; a refusal is final. */
class CommandDispatcherTest {

    private static final Identity POLIS = new Identity("polis", "Kommunpolisen", "POLICE", "REPORTER", "api");

    private final CommandGateway gateway = mock(CommandGateway.class);
    private final EventPositions positions = mock(EventPositions.class);
    private final CommandDispatcher dispatcher = new CommandDispatcher(gateway, positions);

    @Test
    void aCommandThatLostARaceIsSentAgainAndSucceeds() {
        when(gateway.sendAndWait(any()))
                .thenThrow(new ConcurrencyException("sequence 3 of commitment-1 taken"))
                .thenThrow(new AggregateStreamCreationException("commitment-1 created meanwhile"))
                .thenReturn(null);
        when(positions.newestOf("commitment-1")).thenReturn(42L);

        assertThat(dispatcher.send("command", "commitment-1", POLIS, "correlation-1")).isEqualTo(42L);
        verify(gateway, times(3)).sendAndWait(any());
    }

    @Test
    void aRefusalIsNotRetried() {
        when(gateway.sendAndWait(any())).thenThrow(new Conflict("code", "refusal.commitment.codeUsed", "6.2", "commitment-2"));

        assertThatThrownBy(() -> dispatcher.send("command", "commitment-1", POLIS, "correlation-1")).isInstanceOf(Conflict.class);
        verify(gateway, times(1)).sendAndWait(any());
    }

    @Test
    void aRaceLostOverAndOverEndsInTheConflict() {
        when(gateway.sendAndWait(any())).thenThrow(new ConcurrencyException("always taken"));

        assertThatThrownBy(() -> dispatcher.send("command", "commitment-1", POLIS, "correlation-1"))
                .isInstanceOf(ConcurrencyException.class);
        verify(gateway, times(CommandDispatcher.MAX_ATTEMPTS)).sendAndWait(any());
    }

    @Test
    void aCommandThatOnlyCreatesIsSentOnceWhenItsIdIsTaken() {
        when(gateway.sendAndWait(any())).thenThrow(new AggregateStreamCreationException("visit-1 exists"));

        assertThatThrownBy(() -> dispatcher.sendOnce("command", "visit-1", POLIS, "correlation-1"))
                .isInstanceOf(AggregateStreamCreationException.class);
        verify(gateway, times(1)).sendAndWait(any());
    }

    /** A new report, decided on what the instance remembers of its commitments. */
    private record NewReport() implements CheckedAtAppend {
    }

    @Test
    void aCommandCheckedAtAppendWhoseFactsChangedBeforeItsAppendIsDecidedAgain() {
        when(gateway.sendAndWait(any()))
                .thenThrow(new AppendConditionFailed("visit-1"))
                .thenThrow(new AppendConditionFailed("visit-1"))
                .thenReturn(null);
        when(positions.newestOf("visit-1")).thenReturn(7L);

        assertThat(dispatcher.sendOnce(new NewReport(), "visit-1", POLIS, "correlation-1")).isEqualTo(7L);
        verify(gateway, times(3)).sendAndWait(any());
    }

    @Test
    void aRefusalOfACommandCheckedAtAppendIsDecidedOnceMoreAndThenStands() {
        when(gateway.sendAndWait(any())).thenThrow(new NotPermitted("commitmentId", "refusal.access.notAnswering"));

        assertThatThrownBy(() -> dispatcher.sendOnce(new NewReport(), "visit-1", POLIS, "correlation-1"))
                .isInstanceOf(NotPermitted.class);
        verify(gateway, times(2)).sendAndWait(any());
    }

    @Test
    void aRefusalOfAnyOtherCommandThatOnlyCreatesIsFinal() {
        when(gateway.sendAndWait(any())).thenThrow(new Conflict(null, "refusal.promise.closed", "vastervik-2025"));

        assertThatThrownBy(() -> dispatcher.sendOnce("command", "visit-1", POLIS, "correlation-1"))
                .isInstanceOf(Conflict.class);
        verify(gateway, times(1)).sendAndWait(any());
    }

    @Test
    void theCommandCarriesTheSendersIdentityAndTheCorrelationId() {
        when(positions.newestOf("commitment-1")).thenReturn(1L);

        dispatcher.send("command", "commitment-1", POLIS, "correlation-1");

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(gateway).sendAndWait(sent.capture());
        var metaData = ((CommandMessage<?>) sent.getValue()).getMetaData();
        assertThat(metaData).containsEntry("userId", "polis").containsEntry("userName", "Kommunpolisen")
                .containsEntry("organisation", "POLICE").containsEntry("role", "REPORTER").containsEntry("client", "api")
                .containsEntry("correlationId", "correlation-1");
    }
}
