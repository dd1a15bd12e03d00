package se.lofteskollen.platform.observability;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.queryhandling.QueryBus;

import java.time.Duration;

/**
 * Axon's meters with tags, by the names and tags its Micrometer module gives them, but kept ({@link KeptMessageMeters})
 * and with the capacity of the command bus, the query bus and each event processor worked out over the last
 * {@link #CAPACITY_WINDOW} instead of Axon's ten minutes.
 *
 * <p>Axon's capacity monitor keeps every message's handling time of its window in memory, to sum them when the gauge
 * is read. Over ten minutes that is every event a processor took in that time: a query-service catching up or
 * rebuilding at several thousand events a second held over a million of them (some 120 MB of its 256 MB heap; found
 * by a class histogram and the old-object samples of JFR), its old generation stayed full, and full collections of a
 * few hundred milliseconds every second or two showed in every answer's tail. Here the busy time of ten seconds is
 * summed in eleven buckets, and the gauge still says how busy the handlers were when Prometheus scrapes it. Axon's
 * monitors also find each meter in the registry again for every message; these find them once per payload type.
 * Meter names and tags are Axon's own ({@code eventProcessor_capacity}, {@code commandBus_capacity}, …).
 */
public class BoundedAxonMeters extends MetricsConfigurerModule {

    static final Duration CAPACITY_WINDOW = Duration.ofSeconds(10);
    private static final String EVENT_PROCESSOR = "eventProcessor";

    private final GlobalMetricRegistry axon;
    private final MeterRegistry meters;
    private final Clock clock;

    public BoundedAxonMeters(GlobalMetricRegistry axon) {
        this(axon, Clock.SYSTEM);
    }

    BoundedAxonMeters(GlobalMetricRegistry axon, Clock clock) {
        super(axon, true);
        this.axon = axon;
        this.meters = axon.getRegistry();
        this.clock = clock;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureMessageMonitor(configuration -> (componentType, componentName) -> {
            @SuppressWarnings({"unchecked", "rawtypes"})
            MessageMonitor<Message<?>> monitor = (MessageMonitor) monitorOf(componentType, componentName);
            return monitor;
        });
    }

    MessageMonitor<? extends Message<?>> monitorOf(Class<?> componentType, String componentName) {
        if (EventProcessor.class.isAssignableFrom(componentType)) {
            return KeptMessageMeters.ofProcessor(EVENT_PROCESSOR, componentName, meters, clock, CAPACITY_WINDOW);
        }
        if (CommandBus.class.isAssignableFrom(componentType) || QueryBus.class.isAssignableFrom(componentType)) {
            return KeptMessageMeters.ofBus(componentName, meters, clock, CAPACITY_WINDOW);
        }
        // The event bus (and anything else) as Axon makes it: no capacity there.
        return axon.registerComponentWithDefaultTags(componentType, componentName);
    }
}
