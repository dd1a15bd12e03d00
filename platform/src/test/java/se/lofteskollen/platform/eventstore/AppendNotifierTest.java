package se.lofteskollen.platform.eventstore;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.lofteskollen.platform.eventstore.notify.AppendNotifier;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One NOTIFY for however many commits happened while the previous one was on its way, announcing the highest position
 * among them; none when nothing was.
 */
class AppendNotifierTest {

    private final AtomicInteger sent = new AtomicInteger();
    private final List<Long> announced = new CopyOnWriteArrayList<>();
    private final Semaphore released = new Semaphore(0);
    private final Semaphore started = new Semaphore(0);
    private AppendNotifier notifier;

    /** A channel whose every NOTIFY waits until the test lets it through. */
    private AppendNotifier heldBack() {
        return new AppendNotifier(() -> position -> {
            started.release();
            released.acquire();
            announced.add(position);
            sent.incrementAndGet();
        });
    }

    @AfterEach
    void stop() {
        notifier.stop();
    }

    /** Waits until a held-back NOTIFY has begun. */
    private void aNotificationBegins() throws InterruptedException {
        assertThat(started.tryAcquire(10, TimeUnit.SECONDS)).as("a notification begins").isTrue();
    }

    /** Lets the NOTIFY on its way through, and finds that no other begins. */
    private void theLastGoesThrough() throws InterruptedException {
        released.release();
        assertThat(started.tryAcquire(200, TimeUnit.MILLISECONDS)).as("another notification").isFalse();
    }

    @Test
    void manyCommitsWhileANotificationIsOnItsWayAreAnnouncedByOneMore() throws Exception {
        notifier = heldBack();
        notifier.start();

        notifier.appended(7);
        aNotificationBegins();
        for (int commit = 0; commit < 100; commit++) {
            notifier.appended(8 + (commit * 37) % 100);
        }
        released.release();
        aNotificationBegins();
        // Nothing was committed after the second one began, so no third one is on its way.
        theLastGoesThrough();

        assertThat(sent).hasValue(2);
        assertThat(announced).as("each the highest position of its commits").containsExactly(7L, 107L);
    }

    @Test
    void aCommitWhosePositionIsNotKnownMakesTheNotificationSayNone() throws Exception {
        notifier = heldBack();
        notifier.start();

        notifier.appended(3);
        aNotificationBegins();
        notifier.appended(4);
        notifier.appended(AppendNotifier.UNKNOWN);
        notifier.appended(5);
        released.release();
        aNotificationBegins();
        released.release();
        notifier.appended(6);
        aNotificationBegins();
        theLastGoesThrough();

        assertThat(announced).containsExactly(3L, AppendNotifier.UNKNOWN, 6L);
    }

    @Test
    void aCommitOfAnIdleStoreIsAnnouncedAtOnce() throws Exception {
        CountDownLatch notified = new CountDownLatch(1);
        notifier = new AppendNotifier(() -> position -> notified.countDown());
        notifier.start();

        notifier.appended(1);

        assertThat(notified.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aChannelThatBrokeIsOpenedAgainForTheNextCommit() throws Exception {
        AtomicInteger opened = new AtomicInteger();
        CountDownLatch notified = new CountDownLatch(1);
        notifier = new AppendNotifier(() -> {
            if (opened.incrementAndGet() == 1) {
                return position -> {
                    throw new IllegalStateException("connection reset");
                };
            }
            return position -> notified.countDown();
        });
        notifier.start();

        notifier.appended(1);
        for (int i = 0; i < 1_000 && opened.get() < 2 && notified.getCount() > 0; i++) {
            notifier.appended(2 + i);
            Thread.sleep(5);
        }

        assertThat(notified.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(opened).hasValue(2);
    }
}
