package se.lofteskollen.platform.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;

import java.util.OptionalLong;

/**
 * The gauge {@code lofteskollen.processor.lag} (tag {@code processor}): how many events each streaming processor is
 * behind the head of the event store, as the health indicator sees it; empty (NaN) while it holds no segment here.
 * Registered once the application has started, when Axon's processors exist.
 */
public class ProcessorLagMeters implements ApplicationListener<ApplicationStartedEvent> {

    private final ProcessorProgress progress;
    private final ObjectProvider<MeterRegistry> meters;

    public ProcessorLagMeters(ProcessorProgress progress, ObjectProvider<MeterRegistry> meters) {
        this.progress = progress;
        this.meters = meters;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent started) {
        meters.ifAvailable(this::register);
    }

    private void register(MeterRegistry registry) {
        progress.processors().keySet().forEach(name -> Gauge.builder("lofteskollen.processor.lag", progress,
                        p -> p.of(name).map(ProcessorProgress.Standing::lag).filter(OptionalLong::isPresent)
                                .map(lag -> (double) lag.getAsLong()).orElse(Double.NaN))
                .description("Events the processor is behind the head of the event store")
                .tag("processor", name)
                .register(registry));
    }
}
