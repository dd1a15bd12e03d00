package se.lofteskollen.platform.observability;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import se.lofteskollen.events.AuditMetaData;
import se.lofteskollen.events.commitment.StatusNoteAdded;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MessageLogContextTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void anEventIsLoggedWithItsCorrelationUserAggregateAndPromise() throws Exception {
        var event = new GenericDomainEventMessage<>("Commitment", "commitment-6.2", 3,
                new StatusNoteAdded("commitment-6.2", "vastervik-2025", "Kvällsvandringar i gång"),
                MetaData.with(LogContext.CORRELATION_ID, "corr-1").and(AuditMetaData.USER_ID, "anna"));

        Map<String, String> seen = handle(event);

        assertThat(seen).containsEntry(LogContext.CORRELATION_ID, "corr-1")
                .containsEntry(LogContext.USER, "anna")
                .containsEntry(MessageLogContext.AGGREGATE, "commitment-6.2")
                .containsEntry(LogContext.PROMISE, "vastervik-2025");
    }

    @Test
    void whatTheRequestHadStandsAgainAfterTheMessage() throws Exception {
        MDC.put(LogContext.PROMISE, "from-the-url");
        var event = new GenericDomainEventMessage<>("Commitment", "commitment-6.2", 3,
                new StatusNoteAdded("commitment-6.2", "vastervik-2025", "Kvällsvandringar i gång"));

        handle(event);

        assertThat(MDC.get(LogContext.PROMISE)).isEqualTo("from-the-url");
        assertThat(MDC.get(MessageLogContext.AGGREGATE)).isNull();
    }

    private static Map<String, String> handle(GenericDomainEventMessage<?> event) throws Exception {
        Map<String, String> seen = new HashMap<>();
        UnitOfWork<GenericDomainEventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        try {
            new MessageLogContext<GenericDomainEventMessage<?>>().handle(unitOfWork, () -> {
                seen.putAll(MDC.getCopyOfContextMap());
                return null;
            });
        } finally {
            unitOfWork.commit();
        }
        return seen;
    }
}
