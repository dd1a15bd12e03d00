package se.lofteskollen.platform.observability;

import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.NamedContributor;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /actuator/health/eventProcessors/<name>}: one indicator per streaming event processor, DOWN while it is
 * failing or stuck ({@link ProcessorProgress}), with its position, the head of the event store and its lag (events
 * behind the head) in the details. The processors are looked up at every call: they exist only once Axon started.
 */
public class EventProcessorHealth implements CompositeHealthContributor {

    private final ProcessorProgress progress;

    public EventProcessorHealth(ProcessorProgress progress) {
        this.progress = progress;
    }

    @Override
    public HealthContributor getContributor(String name) {
        return progress.processors().containsKey(name) ? indicator(name) : null;
    }

    @Override
    public Iterator<NamedContributor<HealthContributor>> iterator() {
        return progress.processors().keySet().stream()
                .map(name -> NamedContributor.of(name, (HealthContributor) indicator(name)))
                .iterator();
    }

    private HealthIndicator indicator(String name) {
        return () -> progress.of(name).map(EventProcessorHealth::health).orElseGet(() -> Health.unknown().build());
    }

    static Health health(ProcessorProgress.Standing standing) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("running", standing.running());
        details.put("segmentsHere", standing.segmentsHere());
        standing.position().ifPresent(position -> details.put("position", position));
        details.put("head", standing.head());
        standing.lag().ifPresent(lag -> details.put("lag", lag));
        details.put("caughtUp", standing.caughtUp());
        details.put("replaying", standing.replaying());
        standing.error().ifPresent(error -> details.put("error", error));
        standing.stuckFor().ifPresent(stuck -> details.put("stuckFor", stuck.toString()));
        Health.Builder health = standing.healthy() ? Health.up() : Health.down();
        return health.withDetails(details).build();
    }
}
