package se.lofteskollen.platform.eventstore.notify;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.lofteskollen.platform.testing.TestDatabase;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.postgresql.PGNotification;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streams are woken with the highest position the notifications that arrived together announced, and only a
 * service that opens a stream listens.
 */
class AppendListenerTest {

    private static PGNotification saying(String payload) {
        return new PGNotification() {
            @Override
            public String getName() {
                return AppendListener.CHANNEL;
            }

            @Override
            public int getPID() {
                return 1;
            }

            @Override
            public String getParameter() {
                return payload;
            }
        };
    }

    @Test
    void itListensFromTheFirstStreamOnAndWakesItWithWhatIsAnnounced() throws Exception {
        String url = TestDatabase.newDatabaseUrl();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", ""));
        String listening = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'";
        AppendListener listener = new AppendListener(url, "postgres", null);
        listener.start();
        try {
            Thread.sleep(300);
            assertThat(jdbc.queryForObject(listening, Integer.class)).as("no stream yet").isZero();

            BlockingQueue<Long> woken = new LinkedBlockingQueue<>();
            listener.subscribe(woken::add);

            assertThat(woken.poll(10, TimeUnit.SECONDS)).as("woken once it listens").isEqualTo(AppendNotifier.UNKNOWN);
            assertThat(jdbc.queryForObject(listening, Integer.class)).isOne();
            jdbc.queryForList("SELECT pg_notify(?, '42')", AppendListener.CHANNEL);
            assertThat(woken.poll(10, TimeUnit.SECONDS)).isEqualTo(42L);
        } finally {
            listener.stop();
        }
    }

    @Test
    void notificationsThatArriveTogetherAnnounceTheHighestPosition() {
        assertThat(AppendListener.highest(new PGNotification[]{saying("12"), saying("40"), saying("31")})).isEqualTo(40);
    }

    @Test
    void oneNotificationThatDoesNotSayMakesThePositionUnknown() {
        assertThat(AppendListener.highest(new PGNotification[]{saying("12"), saying(""), saying("31")}))
                .isEqualTo(AppendNotifier.UNKNOWN);
        assertThat(AppendListener.highest(new PGNotification[]{saying("not a number")})).isEqualTo(AppendNotifier.UNKNOWN);
    }
}
