package se.lofteskollen.query.rollup;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import se.lofteskollen.query.progress.ProgressService;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Each promise's roll-up figures, kept under the promise's change number and day, as {@code TodaysProgress} keeps
 * a dashboard's answer, but only the few numbers the roll-up shows.
 *
 * <p>A roll-up asks for every promise of a year at once, and while reports keep arriving somewhere, many of them
 * changed since the last request. Working all of those out in the request made it wait for dozens of promises
 * (p99 1.7 s at scale, see BENCHMARKS-SCALE.md). So a request works out changed promises only for a short while
 * ({@link #BUDGET}); for the rest it answers with their last figures, at most one refresh old, and leaves them to
 * one background thread. A promise never worked out is always worked out in the request: there is nothing to answer
 * with. Requests and the refresh that need the same promise wait for one working-out.
 */
@Component
class RollupFigures {

    static final Duration BUDGET = Duration.ofMillis(50);
    private static final Logger log = LoggerFactory.getLogger(RollupFigures.class);

    /** A promise's figures as they stood at its change number {@code changed}, on {@code day}. */
    record Kept(Long changed, LocalDate day, PromiseFigures figures) {

        boolean answers(Long changedNow, LocalDate today) {
            // Worked out after a number newer than the one read serves it too: newer than asked, never older.
            return day.equals(today) && (Objects.equals(changed, changedNow)
                    || (changed != null && changedNow != null && changed > changedNow));
        }

        /** The newer of two: a later day's, else the one at the higher change number. */
        Kept newerOf(Kept other) {
            if (!other.day.equals(day)) {
                return other.day.isAfter(day) ? other : this;
            }
            return other.answers(changed, day) ? other : this;
        }
    }

    private final ProgressService progress;
    private final Clock clock;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Kept>> working = new ConcurrentHashMap<>();
    private final Set<String> toRefresh = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "rollup-refresh");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration budget;

    @Autowired
    RollupFigures(ProgressService progress, Clock clock) {
        this(progress, clock, BUDGET);
    }

    RollupFigures(ProgressService progress, Clock clock, Duration budget) {
        this.progress = progress;
        this.clock = clock;
        this.budget = budget;
    }

    /** The figures of each promise, fresh as far as {@link #BUDGET} allows, the rest at most one refresh old. */
    Map<String, PromiseFigures> of(List<String> promiseIds) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> changed = progress.changeNumbers(promiseIds);
        long until = System.nanoTime() + budget.toNanos();
        Map<String, PromiseFigures> figures = new HashMap<>();
        List<String> late = new ArrayList<>();
        for (String promiseId : promiseIds) {
            Kept last = kept.get(promiseId);
            Long changedNow = changed.get(promiseId);
            if (last != null && last.answers(changedNow, today)) {
                figures.put(promiseId, last.figures());
            } else if (last == null || System.nanoTime() < until) {
                figures.put(promiseId, workOut(promiseId, changedNow, today).figures());
            } else {
                figures.put(promiseId, last.figures());
                late.add(promiseId);
            }
        }
        if (!late.isEmpty()) {
            refreshLater(late);
        }
        return figures;
    }

    private Kept workOut(String promiseId, Long changedNow, LocalDate today) {
        while (true) {
            CompletableFuture<Kept> mine = new CompletableFuture<>();
            CompletableFuture<Kept> running = working.putIfAbsent(promiseId, mine);
            if (running != null) {
                Kept theirs = join(running);
                if (theirs.answers(changedNow, today)) {
                    return theirs;
                }
                continue; // theirs started before the change this caller saw: work it out again
            }
            try {
                Kept fresh = new Kept(changedNow, today, PromiseFigures.of(progress.workedOutToday(promiseId)));
                kept.merge(promiseId, fresh, Kept::newerOf);
                working.remove(promiseId, mine);
                mine.complete(fresh);
                return fresh;
            } catch (RuntimeException | Error failure) {
                working.remove(promiseId, mine);
                mine.completeExceptionally(failure);
                throw failure;
            }
        }
    }

    private void refreshLater(Collection<String> promiseIds) {
        toRefresh.addAll(promiseIds);
        if (refreshing.compareAndSet(false, true)) {
            refresher.execute(this::refresh);
        }
    }

    private void refresh() {
        try {
            while (!toRefresh.isEmpty()) {
                List<String> promiseIds = new ArrayList<>(toRefresh);
                toRefresh.removeAll(promiseIds);
                LocalDate today = LocalDate.now(clock);
                Map<String, Long> changed = progress.changeNumbers(promiseIds);
                for (String promiseId : promiseIds) {
                    Kept last = kept.get(promiseId);
                    if (last == null || !last.answers(changed.get(promiseId), today)) {
                        workOut(promiseId, changed.get(promiseId), today);
                    }
                }
            }
        } catch (RuntimeException failure) {
            // The next roll-up request finds them still changed and asks again.
            log.warn("Refreshing the roll-up's figures failed: {}", failure.toString());
        } finally {
            refreshing.set(false);
            if (!toRefresh.isEmpty() && refreshing.compareAndSet(false, true)) {
                refresher.execute(this::refresh);
            }
        }
    }

    private static Kept join(CompletableFuture<Kept> running) {
        try {
            return running.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }
}
