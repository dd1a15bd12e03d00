package se.lofteskollen.platform.eventstore.notify;

import org.junit.jupiter.api.Test;
import org.postgresql.PGNotification;

import static org.assertj.core.api.Assertions.assertThat;

/** The streams are woken with the highest position the notifications that arrived together announced. */
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
