package se.lofteskollen.command.identity;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.lofteskollen.events.AuditMetaData;

import java.util.Map;

/** Copies who sent a command, and the request's correlation id, onto every event it causes. */
@Configuration
public class AuditTrail {

    public static final String CORRELATION_ID = "correlationId";
    public static final String TRACE_ID = "traceId";

    @Bean
    CorrelationDataProvider authorOfEveryEvent() {
        return new SimpleCorrelationDataProvider(AuditMetaData.USER_ID, AuditMetaData.USER_NAME,
                AuditMetaData.ORGANISATION, AuditMetaData.ROLE, AuditMetaData.CLIENT);
    }

    /**
     * Axon's own origin provider would put the command message's id under {@code correlationId}. The id
     * a client or the seed chose for the whole request is more useful to an auditor: it ties together the
     * events of several commands (the whole default data set, say) and the client's own logs.
     */
    @Bean
    CorrelationDataProvider correlationAndTraceIds() {
        return (Message<?> message) -> Map.of(
                CORRELATION_ID, message.getMetaData().getOrDefault(CORRELATION_ID, message.getIdentifier()),
                TRACE_ID, message.getMetaData().getOrDefault(TRACE_ID, message.getIdentifier()));
    }
}
