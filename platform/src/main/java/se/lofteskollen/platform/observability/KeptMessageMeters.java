package se.lofteskollen.platform.observability;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.TagsUtil;
import org.axonframework.monitoring.MessageMonitor;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The meters Axon's Micrometer module keeps of a bus or an event processor, by its names and tags: timers and
 * counters per payload type ({@code prefix.allTimer}, {@code .successCounter}, …), the capacity per payload type
 * ({@code prefix.capacity}, over {@code window}) and, for an event processor, how old the event it took last was when
 * it took it ({@code prefix.latency}, per processor).
 *
 * <p>Axon's monitors find each of their meters in the registry again for every message, a dozen lookups (a meter id
 * made, its tags sorted, a map searched) per event and per monitor, and keep every handling time of the capacity
 * window in a sorted map: a tenth of the read models' worker thread in a profile of a rebuild. Here the meters of a
 * payload type are found once and kept, and the busy time of the window is summed in a few buckets.
 */
final class KeptMessageMeters implements MessageMonitor<Message<?>> {

    private static final double[] PERCENTILES = {0.5, 0.75, 0.95, 0.98, 0.99, 0.999};
    /** Axon's timers' statistics expire after ten minutes. */
    private static final Duration STATISTICS_EXPIRE = Duration.ofMinutes(10);

    private final String prefix;
    private final String processor;
    private final MeterRegistry registry;
    private final Clock clock;
    private final long windowNanos;
    private final Map<Class<?>, PayloadMeters> byPayloadType = new ConcurrentHashMap<>();
    /** How old the event last taken was when it was taken, in ms; null for a bus. */
    private final AtomicLong latencyMillis;

    /** The meters of a bus: {@code prefix} is its name. */
    static KeptMessageMeters ofBus(String prefix, MeterRegistry registry, Clock clock, Duration window) {
        return new KeptMessageMeters(prefix, null, registry, clock, window);
    }

    /** The meters of an event processor: under {@code prefix}, tagged with the processor's name. */
    static KeptMessageMeters ofProcessor(String prefix, String processor, MeterRegistry registry, Clock clock,
                                         Duration window) {
        return new KeptMessageMeters(prefix, processor, registry, clock, window);
    }

    private KeptMessageMeters(String prefix, String processor, MeterRegistry registry, Clock clock, Duration window) {
        this.prefix = prefix;
        this.processor = processor;
        this.registry = registry;
        this.clock = clock;
        this.windowNanos = window.toNanos();
        if (processor == null) {
            latencyMillis = null;
        } else {
            latencyMillis = new AtomicLong();
            Gauge.builder(prefix + ".latency", latencyMillis::get)
                    .tags(Tags.of(TagsUtil.PROCESSOR_NAME_TAG, processor)).register(registry);
        }
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        if (latencyMillis != null && message instanceof EventMessage<?> event) {
            latencyMillis.set(clock.wallTime() - event.getTimestamp().toEpochMilli());
        }
        PayloadMeters meters = byPayloadType.computeIfAbsent(message.getPayloadType(), this::metersOf);
        meters.ingestedCounter.increment();
        long started = clock.monotonicTime();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                long took = done();
                meters.successTimer.record(took, TimeUnit.NANOSECONDS);
                meters.processedCounter.increment();
                meters.successCounter.increment();
            }

            @Override
            public void reportFailure(Throwable cause) {
                long took = done();
                meters.failureTimer.record(took, TimeUnit.NANOSECONDS);
                meters.processedCounter.increment();
                meters.failureCounter.increment();
            }

            @Override
            public void reportIgnored() {
                long took = done();
                meters.ignoredTimer.record(took, TimeUnit.NANOSECONDS);
                meters.ignoredCounter.increment();
            }

            private long done() {
                long now = clock.monotonicTime();
                long took = now - started;
                meters.allTimer.record(took, TimeUnit.NANOSECONDS);
                meters.busy.add(now, took);
                return took;
            }
        };
    }

    private PayloadMeters metersOf(Class<?> payloadType) {
        Tags tags = processor == null
                ? Tags.of(TagsUtil.PAYLOAD_TYPE_TAG, payloadType.getSimpleName())
                : Tags.of(TagsUtil.PAYLOAD_TYPE_TAG, payloadType.getSimpleName(), TagsUtil.PROCESSOR_NAME_TAG, processor);
        BusyTime busy = new BusyTime(windowNanos);
        Gauge.builder(prefix + ".capacity", () -> busy.share(clock.monotonicTime())).tags(tags).register(registry);
        return new PayloadMeters(timer("allTimer", tags), timer("successTimer", tags), timer("failureTimer", tags),
                timer("ignoredTimer", tags), counter("ingestedCounter", tags), counter("successCounter", tags),
                counter("failureCounter", tags), counter("processedCounter", tags), counter("ignoredCounter", tags),
                busy);
    }

    private Timer timer(String name, Tags tags) {
        return Timer.builder(prefix + "." + name).distributionStatisticExpiry(STATISTICS_EXPIRE)
                .publishPercentiles(PERCENTILES).tags(tags).register(registry);
    }

    private Counter counter(String name, Tags tags) {
        return registry.counter(prefix + "." + name, tags);
    }

    private record PayloadMeters(Timer allTimer, Timer successTimer, Timer failureTimer, Timer ignoredTimer,
                                 Counter ingestedCounter, Counter successCounter, Counter failureCounter,
                                 Counter processedCounter, Counter ignoredCounter, BusyTime busy) {
    }

    /**
     * How much of the last window the handlers of one payload type were busy, as Axon's capacity says it (handling
     * time over the window, so two handlers busy all the time say 2), summed in buckets of a tenth of the window: a
     * handling time counts in the bucket of when it ended, and the oldest bucket counts with the part of it that is
     * still inside the window.
     */
    static final class BusyTime {

        private static final int BUCKETS = 10;

        private final long bucketNanos;
        private final long windowNanos;
        /** The current bucket of time (now / bucketNanos) and the ten before it, each in slot bucket % 11. */
        private final long[] busy = new long[BUCKETS + 1];
        private final long[] bucketOf = new long[BUCKETS + 1];

        BusyTime(long windowNanos) {
            this.windowNanos = windowNanos;
            this.bucketNanos = Math.max(1, windowNanos / BUCKETS);
            Arrays.fill(bucketOf, Long.MIN_VALUE);
        }

        synchronized void add(long endedAt, long nanos) {
            long bucket = Math.floorDiv(endedAt, bucketNanos);
            int slot = (int) Math.floorMod(bucket, BUCKETS + 1);
            if (bucketOf[slot] != bucket) {
                bucketOf[slot] = bucket;
                busy[slot] = 0;
            }
            busy[slot] += nanos;
        }

        synchronized double share(long now) {
            long current = Math.floorDiv(now, bucketNanos);
            double oldestPart = 1 - (double) Math.floorMod(now, bucketNanos) / bucketNanos;
            double sum = 0;
            for (int slot = 0; slot <= BUCKETS; slot++) {
                long bucket = bucketOf[slot];
                if (bucket > current - BUCKETS && bucket <= current) {
                    sum += busy[slot];
                } else if (bucket == current - BUCKETS) {
                    sum += busy[slot] * oldestPart;
                }
            }
            return sum / windowNanos;
        }
    }
}
