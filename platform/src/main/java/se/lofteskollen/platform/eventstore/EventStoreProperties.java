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

    /**
     * What this service may do in the event store's tables (set by each service, not by an operator):
     * granted to the role it connects as whenever the event store is migrated by another role.
     */
    private EventStoreAccess access;

    /** Who migrates the event store, when that is not the service's own role. */
    private final Migration migration = new Migration();

    /**
     * The role that owns the event store's tables and runs its migrations. Unset, the service's datasource
     * migrates them and owns them (fine for one role per deployment, as in the local profile); set, the
     * service connects as a role that may only do what its {@link EventStoreAccess} grants.
     */
    public static class Migration {

        /** The JDBC URL to migrate through; unset, the service's datasource URL. */
        private String url;
        private String username;
        private String password;

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    public EventStoreAccess getAccess() {
        return access;
    }

    public void setAccess(EventStoreAccess access) {
        this.access = access;
    }

    public Migration getMigration() {
        return migration;
    }

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
