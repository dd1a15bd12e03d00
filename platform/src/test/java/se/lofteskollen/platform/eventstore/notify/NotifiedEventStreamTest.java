package se.lofteskollen.platform.eventstore.notify;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How often the stream reads the store: once for an event that arrives on its own, on at once while a read is full or
 * short of the position a notification announced, until a read comes back empty where that position is not known,
 * and not at all for a notification of what it has read, unless the token has a gap.
 */
class NotifiedEventStreamTest {

    private static final long NO_SAFETY_POLL = TimeUnit.HOURS.toMillis(1);

    /** A store of positions 0, 1, 2, …, and the positions each read started after. */
    private static final class Store implements EventBatches {
        private final List<Long> positions = new ArrayList<>();
        private final List<Long> readsAfter = new ArrayList<>();
        private final int batchSize;

        Store(int batchSize) {
            this.batchSize = batchSize;
        }

        void append(long... appended) {
            for (long position : appended) {
                positions.add(position);
            }
        }

        @Override
        public synchronized List<? extends TrackedEventMessage<?>> after(TrackingToken token) {
            GapAwareTrackingToken last = (GapAwareTrackingToken) token;
            long after = last == null ? -1 : last.getIndex();
            readsAfter.add(after);
            // As Axon's engine: where the range after the token holds nothing, it reads from the lowest position past it.
            long from = positions.stream().noneMatch(p -> p > after && p <= after + batchSize)
                    ? positions.stream().filter(p -> p > after).min(Long::compare).map(p -> p - 1).orElse(after) : after;
            List<TrackedEventMessage<?>> events = new ArrayList<>();
            GapAwareTrackingToken reached = last;
            for (long position : positions.stream().sorted().toList()) {
                boolean fillsGap = last != null && last.getGaps().contains(position);
                if ((position > from && position <= from + batchSize) || fillsGap) {
                    reached = reached == null ? GapAwareTrackingToken.newInstance(position, gapsBelow(position))
                            : reached.advanceTo(position, 10_000);
                    events.add(new GenericTrackedEventMessage<>(reached, GenericEventMessage.asEventMessage(position)));
                }
            }
            return events;
        }

        private SortedSet<Long> gapsBelow(long position) {
            SortedSet<Long> gaps = new TreeSet<>();
            for (long below = 0; below < position; below++) {
                if (!positions.contains(below)) {
                    gaps.add(below);
                }
            }
            return gaps;
        }

        @Override
        public int batchSize() {
            return batchSize;
        }

        int reads() {
            return readsAfter.size();
        }
    }

    private final AppendListener listener = new AppendListener("jdbc:postgresql://unused", null, null);
    private NotifiedEventStream stream;

    @AfterEach
    void close() {
        stream.close();
    }

    /** Opens the stream on {@code store} holding {@code positions}, takes them, and answers the reads made so far. */
    private int openedOn(Store store, long... positions) throws InterruptedException {
        store.append(positions);
        stream = new NotifiedEventStream(store, listener, null, NO_SAFETY_POLL);
        takeAvailable();
        return store.reads();
    }

    /** Takes whatever the stream has without waiting; answers the positions taken. */
    private List<Long> takeAvailable() throws InterruptedException {
        List<Long> taken = new ArrayList<>();
        while (stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)) {
            taken.add((Long) stream.nextAvailable().getPayload());
        }
        return taken;
    }

    @Test
    void atTheStartItReadsUntilAReadComesBackEmpty() throws InterruptedException {
        Store store = new Store(3);
        store.append(0, 1, 2, 3, 4);
        stream = new NotifiedEventStream(store, listener, null, NO_SAFETY_POLL);

        assertThat(takeAvailable()).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(store.readsAfter).containsExactly(-1L, 2L, 4L);
    }

    @Test
    void anEventThatArrivesOnItsOwnCostsOneRead() throws InterruptedException {
        Store store = new Store(250);
        int before = openedOn(store, 0);

        store.append(1);
        listener.wakeAll(1);

        assertThat(takeAvailable()).containsExactly(1L);
        assertThat(store.reads() - before).isEqualTo(1);
    }

    @Test
    void aReadShortOfTheAnnouncedPositionIsFollowedByAnother() throws InterruptedException {
        Store store = new Store(3);
        int before = openedOn(store, 0);

        // Positions 2 to 4 were taken by appends that rolled back: the first read's range holds 1 alone.
        store.append(1, 5, 6);
        listener.wakeAll(6);

        assertThat(takeAvailable()).containsExactly(1L, 5L, 6L);
        assertThat(store.reads() - before).as("one short of 6, then the one that reaches it").isEqualTo(2);
    }

    @Test
    void aFullReadIsFollowedByAnother() throws InterruptedException {
        Store store = new Store(2);
        openedOn(store, 0);

        store.append(1, 2, 3);
        listener.wakeAll(2); // a notification of an earlier commit, coalesced; 3 is on its way
        assertThat(takeAvailable()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aNotificationOfWhatWasReadAlreadyReadsNothing() throws InterruptedException {
        Store store = new Store(250);
        int before = openedOn(store, 0, 1);

        listener.wakeAll(1);

        assertThat(takeAvailable()).isEmpty();
        assertThat(store.reads()).isEqualTo(before);
    }

    @Test
    void aNotificationOfAnEarlierPositionReadsWhileTheTokenHasAGap() throws InterruptedException {
        Store store = new Store(250);
        store.append(0, 2);
        stream = new NotifiedEventStream(store, listener, null, NO_SAFETY_POLL);
        assertThat(takeAvailable()).containsExactly(0L, 2L);

        // 1 commits last, in the same notification as a commit at 2 (coalesced to the highest)
        store.append(1);
        listener.wakeAll(2);

        assertThat(takeAvailable()).containsExactly(1L);
    }

    @Test
    void aWakeUpThatDoesNotSayReadsUntilEmpty() throws InterruptedException {
        Store store = new Store(250);
        int before = openedOn(store, 0);

        store.append(1);
        listener.wakeAll(AppendNotifier.UNKNOWN);

        assertThat(takeAvailable()).containsExactly(1L);
        assertThat(store.reads() - before).isEqualTo(2);
    }
}
