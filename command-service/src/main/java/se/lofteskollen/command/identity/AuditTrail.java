package se.lofteskollen.command.identity;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.lofteskollen.events.AuditMetaData;

/** Copies who sent a command onto every event it causes, beside Axon's correlation and trace ids. */
@Configuration
public class AuditTrail {

    @Bean
    CorrelationDataProvider authorOfEveryEvent() {
        return new SimpleCorrelationDataProvider(AuditMetaData.USER_ID, AuditMetaData.USER_NAME,
                AuditMetaData.ORGANISATION, AuditMetaData.ROLE, AuditMetaData.CLIENT);
    }

    @Bean
    CorrelationDataProvider correlationAndTraceIds() {
        return new MessageOriginProvider();
    }
}
