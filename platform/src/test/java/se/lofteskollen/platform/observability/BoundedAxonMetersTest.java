package se.lofteskollen.platform.observability;

import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedAxonMetersTest {

    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleMeterRegistryConfigDefaults.INSTANCE, clock);
    private final BoundedAxonMeters meters = new BoundedAxonMeters(new GlobalMetricRegistry(registry), clock);

    @Test
    void aProcessorsCapacitySaysHowBusyItsHandlersWereInTheLastTenSecondsAndForgetsWhatCameBefore() {
        MessageMonitor<Message<?>> processor = monitor(EventProcessor.class, "readmodels");
        Message<?> event = GenericEventMessage.asEventMessage("a report");

        // Busy the whole time: a hundred events of 100 ms each, one after the other.
        for (int i = 0; i < 100; i++) {
            MessageMonitor.MonitorCallback handling = processor.onMessageIngested(event);
            clock.add(100, TimeUnit.MILLISECONDS);
            handling.reportSuccess();
        }
        assertThat(capacity("eventProcessor.capacity")).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.05));

        clock.add(Duration.ofSeconds(11));
        assertThat(capacity("eventProcessor.capacity")).isZero();
        assertThat(registry.find("eventProcessor.latency").tag("processorName", "readmodels").gauge()).isNotNull();
        assertThat(registry.find("eventProcessor.successCounter").tag("payloadType", "String").counter().count())
                .isEqualTo(100);
    }

    @Test
    void theCommandBusKeepsItsTimersCountersAndABoundedCapacity() {
        MessageMonitor<Message<?>> bus = monitor(CommandBus.class, "commandBus");
        MessageMonitor.MonitorCallback handling = bus.onMessageIngested(GenericCommandMessage.asCommandMessage("report"));
        clock.add(5, TimeUnit.SECONDS);
        handling.reportSuccess();

        assertThat(capacity("commandBus.capacity")).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.05));
        clock.add(Duration.ofSeconds(11));
        assertThat(capacity("commandBus.capacity")).isZero();
        assertThat(registry.find("commandBus.successTimer").timer().count()).isEqualTo(1);
    }

    @Test
    void eachPayloadTypeHasItsOwnMetersAndAFailureOrAnIgnoredEventCountsAsAxonCountsIt() {
        MessageMonitor<Message<?>> processor = monitor(EventProcessor.class, "readmodels");
        processor.onMessageIngested(GenericEventMessage.asEventMessage("a report")).reportSuccess();
        processor.onMessageIngested(GenericEventMessage.asEventMessage("another")).reportFailure(new RuntimeException());
        processor.onMessageIngested(GenericEventMessage.asEventMessage(42)).reportIgnored();

        assertThat(count("eventProcessor.ingestedCounter", "String")).isEqualTo(2);
        assertThat(count("eventProcessor.processedCounter", "String")).isEqualTo(2);
        assertThat(count("eventProcessor.failureCounter", "String")).isEqualTo(1);
        assertThat(count("eventProcessor.ignoredCounter", "Integer")).isEqualTo(1);
        assertThat(count("eventProcessor.processedCounter", "Integer")).isZero();
        assertThat(registry.find("eventProcessor.allTimer").tag("payloadType", "String").timer().count()).isEqualTo(2);
        assertThat(registry.find("eventProcessor.ignoredTimer").tag("payloadType", "Integer").timer().count())
                .isEqualTo(1);
        assertThat(registry.find("eventProcessor.capacity").gauges()).hasSize(2);
    }

    @Test
    void aProcessorsLatencyIsHowOldItsLastEventWasWhenItTookItAndDoesNotGrowWhileItIsIdle() {
        MessageMonitor<Message<?>> processor = monitor(EventProcessor.class, "readmodels");
        clock.add(Duration.ofSeconds(60));
        java.time.Instant written = java.time.Instant.ofEpochMilli(clock.wallTime()).minusMillis(250);
        processor.onMessageIngested(new GenericEventMessage<>(
                new org.axonframework.messaging.GenericMessage<>("a report"), () -> written)).reportSuccess();

        assertThat(registry.find("eventProcessor.latency").tag("processorName", "readmodels").gauge().value())
                .isEqualTo(250);
        clock.add(Duration.ofSeconds(30));
        assertThat(registry.find("eventProcessor.latency").tag("processorName", "readmodels").gauge().value())
                .isEqualTo(250);
    }

    @Test
    void theCapacityCountsTheOldestTenthOfItsWindowWithThePartStillInside() {
        KeptMessageMeters.BusyTime busy = new KeptMessageMeters.BusyTime(TimeUnit.SECONDS.toNanos(10));
        // One second of handling that ended in the first second, then nothing.
        busy.add(TimeUnit.MILLISECONDS.toNanos(500), TimeUnit.SECONDS.toNanos(1));

        assertThat(busy.share(TimeUnit.SECONDS.toNanos(10))).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(busy.share(TimeUnit.MILLISECONDS.toNanos(10_500))).isCloseTo(0.05,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(busy.share(TimeUnit.SECONDS.toNanos(11))).isZero();
    }

    private double count(String name, String payloadType) {
        io.micrometer.core.instrument.Counter counter = registry.find(name).tag("payloadType", payloadType).counter();
        return counter == null ? 0 : counter.count();
    }

    @SuppressWarnings("unchecked")
    private MessageMonitor<Message<?>> monitor(Class<?> type, String name) {
        return (MessageMonitor<Message<?>>) meters.monitorOf(type, name);
    }

    private double capacity(String name) {
        return registry.find(name).gauge().value();
    }

    private enum SimpleMeterRegistryConfigDefaults implements io.micrometer.core.instrument.simple.SimpleConfig {
        INSTANCE;

        @Override
        public String get(String key) {
            return null;
        }
    }
}
