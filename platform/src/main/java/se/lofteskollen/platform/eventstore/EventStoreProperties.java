package se.lofteskollen.platform.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/** Tuning of the event store, under {@code lofteskollen.event-store}. */
@ConfigurationProperties("lofteskollen.event-store")
public class EventStoreProperties {

    /** Events read per query when a processor streams. */
    private int batchSize = 500;

    /**
     * How long a gap in the global sequence is waited for. A gap is a transaction that took a number
     * but has not committed yet; writes here are short, so a minute is far above any of them.
     */
    private int gapTimeoutMillis = 60_000;

    private Duration tokenClaimTimeout = Duration.ofSeconds(10);

    /**
     * How often an idle event stream reads anyway, in case a notification was lost (a dropped
     * listener connection); notifications make every other read immediate.
     */
    private long safetyPollMillis = 1_000;

    public long getSafetyPollMillis() {
        return safetyPollMillis;
    }

    public void setSafetyPollMillis(long safetyPollMillis) {
        this.safetyPollMillis = safetyPollMillis;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public int getGapTimeoutMillis() {
        return gapTimeoutMillis;
    }

    public void setGapTimeoutMillis(int gapTimeoutMillis) {
        this.gapTimeoutMillis = gapTimeoutMillis;
    }

    public Duration getTokenClaimTimeout() {
        return tokenClaimTimeout;
    }

    public void setTokenClaimTimeout(Duration tokenClaimTimeout) {
        this.tokenClaimTimeout = tokenClaimTimeout;
    }
}
