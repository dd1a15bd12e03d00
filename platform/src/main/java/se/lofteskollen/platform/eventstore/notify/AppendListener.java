package se.lofteskollen.platform.eventstore.notify;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.LongConsumer;

/**
 * Listens on its own PostgreSQL connection (outside the pool, which it would otherwise hold forever)
 * for the {@code domain_event_appended} notification, and wakes every open event stream with the highest position
 * the notifications announced ({@link AppendNotifier#UNKNOWN} when one did not say). When the connection breaks it
 * reconnects and wakes them anyway, the position unknown, since notifications sent meanwhile are lost.
 *
 * <p>It listens from the first stream on: a service that never opens one (the command-service, whose lookups are
 * kept in the commands' own transactions) is never sent a notification, which PostgreSQL would otherwise signal to
 * its connection, and its thread woken for, on every append.
 */
public class AppendListener extends OwnConnectionThread {

    static final String CHANNEL = "domain_event_appended";
    private static final Logger log = LoggerFactory.getLogger(AppendListener.class);

    private final String url;
    private final Properties credentials;
    private final Set<LongConsumer> subscribers = new CopyOnWriteArraySet<>();

    public AppendListener(String url, String username, String password) {
        super("event-append-listener");
        this.url = url;
        this.credentials = credentials(username, password);
    }

    /** {@code subscriber} is told the highest position announced, or {@link AppendNotifier#UNKNOWN}. */
    public void subscribe(LongConsumer subscriber) {
        synchronized (subscribers) {
            subscribers.add(subscriber);
            subscribers.notifyAll();
        }
    }

    public void unsubscribe(LongConsumer subscriber) {
        subscribers.remove(subscriber);
    }

    @Override
    protected void wake() {
        synchronized (subscribers) {
            subscribers.notifyAll();
        }
    }

    /** Until a stream subscribes, or the thread is asked to stop. */
    private void awaitFirstSubscriber() {
        synchronized (subscribers) {
            while (isRunning() && subscribers.isEmpty()) {
                try {
                    subscribers.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    protected void work() {
        awaitFirstSubscriber();
        while (isRunning()) {
            try (Connection connection = DriverManager.getConnection(url, credentials)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                wakeAll(AppendNotifier.UNKNOWN); // whatever was appended while nobody listened
                while (isRunning()) {
                    PGNotification[] notifications = postgres.getNotifications(1_000);
                    if (notifications != null && notifications.length > 0) {
                        wakeAll(highest(notifications));
                    }
                }
            } catch (SQLException e) {
                if (isRunning()) {
                    log.warn("Lost the event notification connection ({}); reconnecting in 1 s", e.getMessage());
                    sleepQuietly();
                }
            }
        }
    }

    /** The highest position the notifications announce; unknown if any of them does not say. */
    static long highest(PGNotification[] notifications) {
        long highest = AppendNotifier.UNKNOWN;
        for (PGNotification notification : notifications) {
            String payload = notification.getParameter();
            try {
                highest = Math.max(highest, Long.parseLong(payload));
            } catch (NumberFormatException | NullPointerException unannounced) {
                return AppendNotifier.UNKNOWN;
            }
        }
        return highest;
    }

    void wakeAll(long position) {
        for (LongConsumer subscriber : subscribers) {
            try {
                subscriber.accept(position);
            } catch (RuntimeException e) {
                log.warn("An event stream failed to wake: {}", e.getMessage());
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
