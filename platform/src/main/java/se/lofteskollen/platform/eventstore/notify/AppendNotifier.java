package se.lofteskollen.platform.eventstore.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Sends the {@code domain_event_appended} notification after events have been committed, outside the
 * appending transaction: a NOTIFY inside it would hold PostgreSQL's cluster-wide notify lock until that
 * commit is flushed, and so make every event commit wait for the one before it. Its payload is the highest
 * position committed (empty when it is not known), so that a stream that has read that far need not read again.
 *
 * <p>Coalesced: {@link #appended(long)} only raises a flag; one thread sends one NOTIFY for however many commits
 * raised it since its previous one began, with the highest position among them. Under load that is one NOTIFY per round trip of its own, whatever
 * the commit rate; idle, a commit is announced at once. Nothing waits for a fixed time. A notification that
 * cannot be sent (the database restarting) is given up: the streams' safety poll finds those events, and the
 * next commit tries again on a new connection.
 */
public class AppendNotifier extends OwnConnectionThread {

    /** One NOTIFY on the channel {@link AppendListener} listens on. */
    @FunctionalInterface
    public interface Channel extends AutoCloseable {
        /** Announces events committed up to {@code position}, or some events ({@link #UNKNOWN}). */
        void notifyAppended(long position) throws Exception;

        @Override
        default void close() {
        }
    }

    /** Opens a channel (a connection of the notifier's own); called again after a failure. */
    @FunctionalInterface
    public interface Channels {
        Channel open() throws Exception;
    }

    /** A commit whose events' positions are not known: the streams read until they find no more. */
    public static final long UNKNOWN = -1;
    /** Nothing committed since the last NOTIFY began. */
    private static final long NOTHING = Long.MIN_VALUE;
    /** Committed, a position among them unknown: it outranks every known one, as {@link #UNKNOWN} must. */
    private static final long SOME = Long.MAX_VALUE;
    private static final Logger log = LoggerFactory.getLogger(AppendNotifier.class);

    private final Channels channels;
    private final Object signal = new Object();
    /** The highest position committed since the last NOTIFY began ({@link #NOTHING}, {@link #SOME}). */
    private long pending = NOTHING;
    private Channel channel;

    public AppendNotifier(Channels channels) {
        super("event-append-notifier");
        this.channels = channels;
    }

    /**
     * Notifies over a connection of its own, outside the pool: a NOTIFY never waits for a pooled connection
     * behind the commands it announces, and never runs inside one of their transactions. One prepared statement
     * ({@code pg_notify}, the position a parameter): a {@code NOTIFY} with the position in its text would be parsed
     * anew each time, and counted as a statement of its own by {@code pg_stat_statements}. An empty payload says
     * the position is not known.
     */
    public static AppendNotifier connectingTo(String url, String username, String password) {
        Properties credentials = credentials(username, password);
        return new AppendNotifier(() -> {
            Connection connection = DriverManager.getConnection(url, credentials);
            connection.setAutoCommit(true);
            PreparedStatement statement = connection.prepareStatement("SELECT pg_notify(?, ?)");
            statement.setString(1, AppendListener.CHANNEL);
            return new Channel() {
                @Override
                public void notifyAppended(long position) throws SQLException {
                    statement.setString(2, position == UNKNOWN ? "" : Long.toString(position));
                    statement.executeQuery().close();
                }

                @Override
                public void close() {
                    try {
                        connection.close();
                    } catch (SQLException ignored) {
                        // already broken
                    }
                }
            };
        });
    }

    /**
     * Events have been committed, the highest at {@code position} ({@link #UNKNOWN} if not known): the streams of
     * every service are to be woken. Never blocks.
     */
    public void appended(long position) {
        synchronized (signal) {
            pending = Math.max(pending, position == UNKNOWN ? SOME : position);
            signal.notifyAll();
        }
    }

    @Override
    protected void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    @Override
    protected void work() {
        try {
            long position;
            while ((position = awaitCommits()) != NOTHING) {
                send(position == SOME ? UNKNOWN : position);
            }
        } finally {
            closeChannel();
        }
    }

    /**
     * Waits until something was committed since the last NOTIFY began, takes the flag down and answers the position
     * to announce ({@link #NOTHING} once the notifier stops).
     */
    private long awaitCommits() {
        synchronized (signal) {
            while (pending == NOTHING && isRunning()) {
                try {
                    signal.wait();
                } catch (InterruptedException interrupted) {
                    return NOTHING;
                }
            }
            // Down before sending: a commit announced while this NOTIFY is on its way raises it again.
            long position = pending;
            pending = NOTHING;
            return isRunning() ? position : NOTHING;
        }
    }

    private void send(long position) {
        try {
            if (channel == null) {
                channel = channels.open();
            }
            channel.notifyAppended(position);
        } catch (Exception e) {
            log.warn("Could not send the event notification ({}); the streams' safety poll will find the events",
                    e.getMessage());
            closeChannel();
        }
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (Exception ignored) {
                // a broken connection; a new one is opened for the next notification
            }
            channel = null;
        }
    }
}
