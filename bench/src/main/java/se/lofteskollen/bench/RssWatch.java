package se.lofteskollen.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The highest resident set size of each service while it is watched: sampled four times a second from /proc,
 * so a peak during a load, a replay or a collection is seen, not only the size after it.
 */
final class RssWatch implements AutoCloseable {

    private final List<ServiceProcess> services;
    private final Map<String, Long> highest = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rss-watch");
        thread.setDaemon(true);
        return thread;
    });

    RssWatch(List<ServiceProcess> services) {
        this.services = services;
        sampler.scheduleAtFixedRate(this::sample, 0, 250, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        for (ServiceProcess service : services) {
            long megabytes = service.rssMegabytes();
            if (megabytes > 0) {
                highest.merge(service.name(), megabytes, Math::max);
            }
        }
    }

    /** "command-service 312 MB, query-service 398 MB": the highest sample of each so far. */
    String highest() {
        sample();
        Map<String, Long> inOrder = new LinkedHashMap<>();
        services.forEach(service -> inOrder.put(service.name(), highest.getOrDefault(service.name(), -1L)));
        return String.join(", ", inOrder.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue() + " MB").toList());
    }

    /** Whether every service stayed at or under the limit. */
    boolean within(long megabytes) {
        return highest.values().stream().allMatch(value -> value <= megabytes);
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
