package se.lofteskollen.query.rebuild;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lofteskollen.query.readmodels.Processors;

import java.util.List;

/**
 * Upgrades a deployment whose read models were fed by one processor each ({@code commitments}, {@code audit},
 * {@code places}, each with its own tokens) to the one processor {@link Processors#READ_MODELS}. Runs at start,
 * before any processor starts. When the old processors' tokens exist and the new processor has none, it rebuilds:
 * in one transaction it empties every read model and its dead letters (the groups' reset handlers, as a rebuild
 * does), gives the new processor replay tokens from the first event up to the head, and deletes the old tokens.
 * The old tokens stood at different positions and not every projection is idempotent from an earlier one, so
 * carrying a position over is not safe; a rebuild is. The replay then runs with replay batches
 * ({@link Rebuild#resumeUnfinishedReplay()}); meanwhile queries answer from read models that fill up, and a query
 * with minPosition waits (or answers 503) until they have what it asks for.
 *
 * <p>Several instances starting at once: the check and the change run under one advisory lock, so one instance
 * upgrades and the others find the new tokens. A crash before the commit changes nothing; after it, the replay goes
 * on from its tokens at the next start.
 */
public class ProcessorUpgrade {

    private static final Logger log = LoggerFactory.getLogger(ProcessorUpgrade.class);

    /**
     * The processors each group was once on its own (until the engine of issue 12). Their tokens left in token_entry
     * tell an upgrade from that layout.
     */
    static final List<String> BEFORE_ONE_PROCESSOR = Processors.ALL;

    private final JdbcTemplate jdbc;
    private final int segments;

    public ProcessorUpgrade(JdbcTemplate jdbc, int segments) {
        this.jdbc = jdbc;
        this.segments = segments;
    }

    /** Rebuilds into the one processor when only the old processors have tokens; answers whether it did. */
    public boolean upgradeIfNeeded(Configuration configuration) {
        EventProcessingConfiguration processing = configuration.eventProcessingConfiguration();
        TransactionManager transactions = processing.transactionManager(Processors.READ_MODELS);
        TokenStore tokenStore = processing.tokenStore(Processors.READ_MODELS);
        return transactions.fetchInTransaction(() -> {
            jdbc.query("SELECT pg_advisory_xact_lock(hashtext('lofteskollen_read_models_one_processor'))", rows -> null);
            List<String> old = oldProcessors();
            if (old.isEmpty()) {
                log.debug("No tokens of the processors {}: nothing to upgrade", BEFORE_ONE_PROCESSOR);
                return false;
            }
            if (tokenStore.fetchSegments(Processors.READ_MODELS).length > 0) {
                // Upgraded already (by another instance that has not deleted them yet, or by hand): nothing to carry.
                deleteTokensOf(old);
                return false;
            }
            log.info("Upgrading the read models from the processors {} to the one processor {}: emptying them and "
                    + "replaying every event", old, Processors.READ_MODELS);
            AbstractEventProcessor processor = processing.eventProcessor(Processors.READ_MODELS, AbstractEventProcessor.class)
                    .orElseThrow(() -> new IllegalStateException("no processor " + Processors.READ_MODELS));
            processor.eventHandlerInvoker().performReset();
            EventStore events = configuration.eventStore();
            TrackingToken head = events.createHeadToken();
            TrackingToken replayFromTheStart = ReplayToken.createReplayToken(head, events.createTailToken());
            tokenStore.initializeTokenSegments(Processors.READ_MODELS, segments, replayFromTheStart);
            deleteTokensOf(old);
            return true;
        });
    }

    private List<String> oldProcessors() {
        String among = String.join(", ", java.util.Collections.nCopies(BEFORE_ONE_PROCESSOR.size(), "?"));
        return jdbc.queryForList("SELECT DISTINCT processor_name FROM token_entry WHERE processor_name IN (" + among
                + ") ORDER BY processor_name", String.class, BEFORE_ONE_PROCESSOR.toArray());
    }

    private void deleteTokensOf(List<String> processors) {
        for (String processor : processors) {
            jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", processor);
        }
    }
}
