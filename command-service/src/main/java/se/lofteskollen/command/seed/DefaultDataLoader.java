package se.lofteskollen.command.seed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.lofteskollen.command.commitment.PledgeCommitment;
import se.lofteskollen.command.dispatch.CommandDispatcher;
import se.lofteskollen.command.identity.Identity;
import se.lofteskollen.command.lookup.CommitmentDirectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * On the first start, records the Västervik 2025 promise through the same commands a coordinator would
 * send, as done by the system. Once the promise exists it is never loaded again: what coordinators
 * have changed since stays as they left it. {@code lofteskollen.seed.enabled=false} switches it off. Only in the
 * {@code local} profile: a deployment records its own promises, and a demo promise in its log could never be taken
 * back.
 *
 * <p>Two instances starting at once both send the same commands; they are idempotent, so the promise
 * is still recorded once.
 */
@Component
@Profile("local")
@ConditionalOnProperty(name = "lofteskollen.seed.enabled", havingValue = "true", matchIfMissing = true)
public class DefaultDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DefaultDataLoader.class);

    private final CommitmentDirectory directory;
    private final CommandDispatcher dispatcher;
    private final Clock clock;

    public DefaultDataLoader(CommitmentDirectory directory, CommandDispatcher dispatcher, Clock clock) {
        this.directory = directory;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (directory.promise(VastervikPromise2025.PROMISE_ID).isPresent()) {
            log.info("The default data set ({}) is already recorded", VastervikPromise2025.PROMISE_ID);
            return;
        }
        // One correlation id ties together every event of the default data set.
        String correlationId = "seed-" + UUID.randomUUID();
        dispatcher.send(VastervikPromise2025.promise(), VastervikPromise2025.PROMISE_ID, Identity.SYSTEM, correlationId);
        for (PledgeCommitment pledge : VastervikPromise2025.commitments()) {
            dispatcher.send(pledge, pledge.commitmentId(), Identity.SYSTEM, correlationId);
        }
        dispatcher.send(VastervikPromise2025.signing(LocalDate.now(clock)), VastervikPromise2025.PROMISE_ID,
                Identity.SYSTEM, correlationId);
        log.info("Recorded the default data set: promise {} with {} commitments, signed on {}",
                VastervikPromise2025.PROMISE_ID, VastervikPromise2025.commitments().size(), VastervikPromise2025.SIGNED_ON);
    }
}
