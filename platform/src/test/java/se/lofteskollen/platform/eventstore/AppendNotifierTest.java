package se.lofteskollen.platform.eventstore;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.lofteskollen.platform.eventstore.notify.AppendNotifier;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** One NOTIFY for however many commits happened while the previous one was on its way; none when nothing was. */
class AppendNotifierTest {

    private final AtomicInteger sent = new AtomicInteger();
    private final Semaphore released = new Semaphore(0);
    private final Semaphore started = new Semaphore(0);
    private AppendNotifier notifier;

    /** A channel whose every NOTIFY waits until the test lets it through. */
    private AppendNotifier heldBack() {
        return new AppendNotifier(() -> () -> {
            started.release();
            released.acquire();
            sent.incrementAndGet();
        });
    }

    @AfterEach
    void stop() {
        notifier.stop();
    }

    @Test
    void manyCommitsWhileANotificationIsOnItsWayAreAnnouncedByOneMore() throws Exception {
        notifier = heldBack();
        notifier.start();

        notifier.appended();
        assertThat(started.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        for (int commit = 0; commit < 100; commit++) {
            notifier.appended();
        }
        released.release();
        assertThat(started.tryAcquire(10, TimeUnit.SECONDS)).as("the second notification").isTrue();
        released.release();

        // Nothing was committed after the second one began, so no third one is on its way.
        assertThat(started.tryAcquire(200, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(sent).hasValue(2);
    }

    @Test
    void aCommitOfAnIdleStoreIsAnnouncedAtOnce() throws Exception {
        CountDownLatch notified = new CountDownLatch(1);
        notifier = new AppendNotifier(() -> notified::countDown);
        notifier.start();

        notifier.appended();

        assertThat(notified.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aChannelThatBrokeIsOpenedAgainForTheNextCommit() throws Exception {
        AtomicInteger opened = new AtomicInteger();
        CountDownLatch notified = new CountDownLatch(1);
        notifier = new AppendNotifier(() -> {
            if (opened.incrementAndGet() == 1) {
                return () -> {
                    throw new IllegalStateException("connection reset");
                };
            }
            return notified::countDown;
        });
        notifier.start();

        notifier.appended();
        for (int i = 0; i < 1_000 && opened.get() < 2 && notified.getCount() > 0; i++) {
            notifier.appended();
            Thread.sleep(5);
        }

        assertThat(notified.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(opened).hasValue(2);
    }
}
