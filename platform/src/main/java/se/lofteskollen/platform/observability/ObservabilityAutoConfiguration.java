package se.lofteskollen.platform.observability;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.lifecycle.Phase;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.lofteskollen.platform.eventstore.EventStoreAutoConfiguration;

import java.time.Clock;
import java.time.Duration;

/**
 * What an operator sees of a service besides its answers: a health indicator per event processor
 * ({@link EventProcessorHealth}) and the lag gauge ({@link ProcessorLagMeters}), the log context of every request
 * and of every command and event handled ({@link CorrelationIdFilter}, {@link RequestLogContext},
 * {@link MessageLogContext}). Axon's own meters come from its Micrometer module, switched to tags in
 * {@code StackDefaults}; the Prometheus endpoint is Spring Boot's, for the operator ({@code ServiceSecurity}).
 */
@AutoConfiguration(after = {AxonAutoConfiguration.class, EventStoreAutoConfiguration.class})
@ConditionalOnClass(name = {"org.axonframework.config.EventProcessingConfiguration",
        "org.springframework.boot.actuate.health.HealthContributor"})
public class ObservabilityAutoConfiguration {

    @Bean
    ProcessorFailures processorFailures() {
        return new ProcessorFailures(Clock.systemUTC());
    }

    @Bean
    ConfigurerModule observedMessageHandling(ProcessorFailures failures) {
        return configurer -> {
            configurer.eventProcessing()
                    .registerDefaultHandlerInterceptor((configuration, processor) -> failures.interceptorFor(processor))
                    .registerDefaultHandlerInterceptor((configuration, processor) -> new MessageLogContext<EventMessage<?>>());
            configurer.onInitialize(configuration -> configuration.onStart(Phase.LOCAL_MESSAGE_HANDLER_REGISTRATIONS,
                    () -> configuration.commandBus().registerHandlerInterceptor(new MessageLogContext<CommandMessage<?>>())));
        };
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(EventStore.class)
    static class Processors {

        @Bean
        ProcessorProgress processorProgress(EventProcessingConfiguration processing, EventStore eventStore,
                                            ProcessorFailures failures,
                                            @Value("${lofteskollen.observability.processor-stuck-after:5m}") Duration stuckAfter) {
            return new ProcessorProgress(processing, eventStore, failures, stuckAfter, Clock.systemUTC());
        }

        /** {@code /actuator/health/eventProcessors}. */
        @Bean
        EventProcessorHealth eventProcessorsHealthContributor(ProcessorProgress progress) {
            return new EventProcessorHealth(progress);
        }

        @Bean
        ProcessorLagMeters processorLagMeters(ProcessorProgress progress, ObjectProvider<MeterRegistry> meters) {
            return new ProcessorLagMeters(progress, meters);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class RequestContext {

        /** First of all filters, so that even a refusal by the security filters is logged with the id. */
        @Bean
        FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
            FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }

        @Bean
        WebMvcConfigurer requestLogContext() {
            return new WebMvcConfigurer() {
                @Override
                public void addInterceptors(InterceptorRegistry registry) {
                    registry.addInterceptor(new RequestLogContext());
                }
            };
        }
    }
}
