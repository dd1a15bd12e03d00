package se.lofteskollen.platform.observability;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each event processor has a health indicator, judged against the real event store: a processor whose handler
 * fails on an event goes DOWN and says why; one that has handled everything is UP with no lag; one that is behind and
 * does not move is stuck (DOWN) until it moves again.
 */
class EventProcessorHealthTest {

    record Ping(String text) {
    }

    @ProcessingGroup("fine")
    static class FineProjection {
        @EventHandler
        void on(Ping ping) {
        }
    }

    @ProcessingGroup("failing")
    static class FailingProjection {
        @EventHandler
        void on(Ping ping) {
            if (ping.text().startsWith("boom")) {
                throw new IllegalStateException("cannot take " + ping.text());
            }
        }
    }

    /** Holds every "hold" event until released: a processor running but getting nowhere. */
    @ProcessingGroup("slow")
    static class SlowProjection {
        static final CountDownLatch RELEASE = new CountDownLatch(1);

        @EventHandler
        void on(Ping ping) throws InterruptedException {
            if (ping.text().equals("hold")) {
                RELEASE.await(2, TimeUnit.MINUTES);
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class ThreeProcessors {

        @Bean
        FineProjection fine() {
            return new FineProjection();
        }

        @Bean
        FailingProjection failing() {
            return new FailingProjection();
        }

        @Bean
        SlowProjection slow() {
            return new SlowProjection();
        }

        /** As the query-service has it: a failing handler fails its batch, which the processor retries. */
        @Bean
        ConfigurerModule failuresPropagate() {
            return configurer -> configurer.eventProcessing()
                    .registerListenerInvocationErrorHandler("failing", configuration -> PropagatingErrorHandler.instance());
        }
    }

    private static ConfigurableApplicationContext service;

    @BeforeAll
    static void start() {
        service = new SpringApplicationBuilder(ThreeProcessors.class)
                .web(WebApplicationType.NONE)
                .properties("spring.application.name=health-test",
                        "lofteskollen.event-store.access=append",
                        "spring.flyway.baseline-on-migrate=true",
                        "axon.eventhandling.processors.fine.mode=pooled",
                        "axon.eventhandling.processors.fine.initial-segment-count=2",
                        "axon.eventhandling.processors.failing.mode=pooled",
                        "axon.eventhandling.processors.failing.initial-segment-count=2",
                        "axon.eventhandling.processors.slow.mode=pooled",
                        "axon.eventhandling.processors.slow.initial-segment-count=1",
                        "lofteskollen.observability.processor-stuck-after=2s")
                .run();
    }

    @AfterAll
    static void stop() {
        SlowProjection.RELEASE.countDown();
        service.close();
    }

    private static Health healthOf(String processor) {
        CompositeHealthContributor processors =
                service.getBean("eventProcessorsHealthContributor", CompositeHealthContributor.class);
        return ((HealthIndicator) processors.getContributor(processor)).health();
    }

    private static void publish(String text) {
        service.getBean(EventStore.class).publish(GenericEventMessage.asEventMessage(new Ping(text)));
    }

    @Test
    void aProcessorThatHandledEverythingIsUpWithNoLag() {
        publish("one");
        publish("two");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Health health = healthOf("fine");
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("lag", 0L).containsEntry("caughtUp", true);
            assertThat((Long) health.getDetails().get("position")).isEqualTo(health.getDetails().get("head"))
                    .isGreaterThanOrEqualTo(1L);
        });
    }

    @Test
    void aProcessorWhoseHandlerFailsIsDownSayingWhy() {
        publish("boom-1");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Health health = healthOf("failing");
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().get("error").toString()).contains("cannot take boom-1");
        });
        // The other processor has taken the same event: one failing read model does not mark the others.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(healthOf("fine").getStatus()).isEqualTo(Status.UP));
    }

    @Test
    void aProcessorBehindThatDoesNotMoveIsStuckAndUpAgainOnceItMoves() {
        publish("hold");
        publish("after the hold");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Health health = healthOf("slow");
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsKey("stuckFor");
            assertThat((Long) health.getDetails().get("lag")).isPositive();
        });

        SlowProjection.RELEASE.countDown();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Health health = healthOf("slow");
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("lag", 0L).doesNotContainKey("stuckFor");
        });
    }

    @Test
    void everyProcessorIsListedUnderOneHealthComponent() {
        CompositeHealthContributor processors =
                service.getBean("eventProcessorsHealthContributor", CompositeHealthContributor.class);

        assertThat(processors.stream().map(named -> named.getName())).contains("fine", "failing", "slow");
    }
}
