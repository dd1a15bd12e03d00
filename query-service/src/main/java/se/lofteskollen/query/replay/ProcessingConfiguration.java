package se.lofteskollen.query.replay;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ProcessingConfiguration {

    /** Named in query-service.properties as every processor's sequencing-policy. */
    @Bean
    PromiseEventSequencing promiseSequencing() {
        return new PromiseEventSequencing();
    }

    /**
     * A failing handler fails its batch: the transaction rolls back with the token, and the processor retries
     * the batch later. Axon's default would log the error and move the token past the event, losing it.
     */
    @Bean
    ConfigurerModule failedHandlersRetry() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
