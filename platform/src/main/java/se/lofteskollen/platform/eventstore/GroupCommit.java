package se.lofteskollen.platform.eventstore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Lets concurrent callers share one commit: a caller that finds fewer commits running than may run at once leads, and
 * writes its own request with every request that queued while all the commits allowed were running; the others wait
 * for their answer. Nothing waits to fill a group: idle, a caller leads at once and writes alone, its own way
 * ({@code alone}, on its own thread); under load a group is whatever queued during a commit's round trip. A leader
 * answers its group, then hands the lead to the first caller still waiting, so no caller writes more than one group.
 *
 * <p>{@code together} writes two or more requests as one and answers each one's outcome in order; an outcome of
 * {@code null} (or {@code together} failing) says that request was not written, and its caller then writes it alone.
 * So a group can only ever fall back to what each caller would have done without it.
 *
 * @param <R> a caller's request
 * @param <O> its outcome
 */
final class GroupCommit<R, O> {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private final int most;
    private final Function<List<R>, List<O>> together;
    private final ArrayDeque<Caller<R, O>> waiting = new ArrayDeque<>();
    private final int mostLeaders;
    private int leaders;

    /**
     * {@code most}: the largest group written together; {@code mostLeaders}: how many commits may run at once (a
     * caller that finds fewer running leads at once).
     */
    GroupCommit(int most, int mostLeaders, Function<List<R>, List<O>> together) {
        if (most < 2) {
            throw new IllegalArgumentException("a group is two or more, not " + most);
        }
        if (mostLeaders < 1) {
            throw new IllegalArgumentException("at least one commit must run, not " + mostLeaders);
        }
        this.most = most;
        this.mostLeaders = mostLeaders;
        this.together = together;
    }

    /** Writes {@code request} with whatever else is waiting, or {@code alone} when nothing is; answers its outcome. */
    O submit(R request, Supplier<O> alone) {
        Caller<R, O> me = new Caller<>(request);
        synchronized (waiting) {
            if (leaders < mostLeaders) {
                leaders++;
                me.lead = true;
            } else {
                waiting.addLast(me);
            }
        }
        if (!me.awaitLeadOrOutcome()) {
            return me.outcome == null ? alone.get() : me.outcome;
        }
        // A leader is no longer waiting: no other leader can take it into a group of its own.
        List<Caller<R, O>> group = new ArrayList<>(List.of(me));
        synchronized (waiting) {
            while (!waiting.isEmpty() && group.size() < most) {
                group.add(waiting.pollFirst());
            }
        }
        if (group.size() == 1) {
            try {
                return alone.get();
            } finally {
                handOver();
            }
        }
        List<O> outcomes = null;
        try {
            outcomes = writeTogether(group);
        } finally {
            // Answered even if writing failed outright: no caller is left waiting, each then writes its own alone.
            for (int i = 1; i < group.size(); i++) {
                group.get(i).answer(outcomes == null ? null : outcomes.get(i));
            }
            handOver();
        }
        O mine = outcomes.get(0);
        return mine == null ? alone.get() : mine;
    }

    /** The group's outcomes in order; all {@code null} (each written alone) if writing them together failed. */
    private List<O> writeTogether(List<Caller<R, O>> group) {
        List<O> outcomes;
        try {
            outcomes = together.apply(group.stream().map(caller -> caller.request).toList());
        } catch (RuntimeException e) {
            log.warn("Could not write {} requests together; each is written alone", group.size(), e);
            outcomes = null;
        }
        if (outcomes == null || outcomes.size() != group.size()) {
            outcomes = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                outcomes.add(null);
            }
        }
        return outcomes;
    }

    /** How many callers wait for a commit (to lead one, or to be answered by one); not those leading. */
    int waiting() {
        synchronized (waiting) {
            return waiting.size();
        }
    }

    private void handOver() {
        synchronized (waiting) {
            Caller<R, O> next = waiting.pollFirst();
            if (next == null) {
                leaders--;
            } else {
                next.lead();
            }
        }
    }

    /** One waiting caller: it is either handed the lead or answered. */
    private static final class Caller<R, O> {
        private final R request;
        private boolean lead;
        private boolean answered;
        private O outcome;

        Caller(R request) {
            this.request = request;
        }

        synchronized void lead() {
            lead = true;
            notifyAll();
        }

        synchronized void answer(O outcome) {
            this.outcome = outcome;
            answered = true;
            notifyAll();
        }

        /**
         * True once this caller leads, false once it is answered. Not interruptible: the leader may be writing this
         * caller's request, and a caller that left would never learn whether it was stored.
         */
        synchronized boolean awaitLeadOrOutcome() {
            boolean interrupted = false;
            while (!lead && !answered) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return lead;
        }
    }
}
