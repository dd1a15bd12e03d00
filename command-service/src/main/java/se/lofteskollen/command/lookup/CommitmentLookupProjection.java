package se.lofteskollen.command.lookup;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.lofteskollen.events.NameList;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.commitment.CommitmentRevised;
import se.lofteskollen.events.commitment.CommitmentWithdrawn;
import se.lofteskollen.events.promise.PromiseClosed;
import se.lofteskollen.events.promise.PromiseCreated;
import se.lofteskollen.events.promise.PromiseParty;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Keeps the lookup tables behind {@link CommitmentDirectory}. It runs in a subscribing processor
 * (see {@link LookupConfiguration}): in the command's own transaction, right after its events are
 * appended, so the tables and the event store commit or roll back together. A failure here (say a
 * second commitment with the same code committing at the same moment) fails the command. The same handlers
 * rebuild the tables from the event log when they are behind it ({@link LookupRebuild}).
 */
@Component
@ProcessingGroup(LookupConfiguration.PROCESSING_GROUP)
class CommitmentLookupProjection {

    private final JdbcTemplate jdbc;
    private final RememberedCommitments remembered;

    CommitmentLookupProjection(JdbcTemplate jdbc, RememberedCommitments remembered) {
        this.jdbc = jdbc;
        this.remembered = remembered;
    }

    /**
     * Once the change has committed (or failed): forgotten earlier, a report of this instance could read the row as
     * it was before, and remember that again. Remembering too much is safe (the append checks), only slower.
     */
    private static void whenCommitted(Runnable forget) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget.run();
                }
            });
        } else {
            forget.run();
        }
    }

    /**
     * Before a rebuild. The lock holds back the commands of any other instance until the rebuild commits, so none
     * reads a half-built table, and no event these handlers take commits unread by the rebuild. Promises first: a
     * pledge holds its promise's row from its check until its commit.
     */
    @ResetHandler
    void emptyForRebuild() {
        jdbc.execute("LOCK TABLE promise_lookup, commitment_lookup IN EXCLUSIVE MODE");
        jdbc.update("DELETE FROM commitment_lookup");
        jdbc.update("DELETE FROM promise_area_lookup");
        jdbc.update("DELETE FROM promise_party_lookup");
        jdbc.update("DELETE FROM promise_lookup");
        whenCommitted(remembered::forgetAll);
    }

    @EventHandler
    void on(PromiseCreated event) {
        jdbc.update("INSERT INTO promise_lookup (promise_id, year, predecessor_id) VALUES (?, ?, ?)", event.promiseId(),
                event.year(), event.predecessorId());
        List<PriorityArea> areas = event.priorityAreas();
        jdbc.batchUpdate("INSERT INTO promise_area_lookup (promise_id, code, name, ordinal) VALUES (?, ?, ?, ?)",
                IntStream.range(0, areas.size()).mapToObj(i -> new Object[]{event.promiseId(), areas.get(i).code(),
                        areas.get(i).name(), i}).toList());
        List<PromiseParty> parties = event.parties();
        jdbc.batchUpdate("INSERT INTO promise_party_lookup (promise_id, code, name, ordinal, organisation) "
                        + "VALUES (?, ?, ?, ?, ?)",
                IntStream.range(0, parties.size()).mapToObj(i -> new Object[]{event.promiseId(), parties.get(i).code(),
                        parties.get(i).name(), i, parties.get(i).organisation()}).toList());
    }

    @EventHandler
    void on(PromiseClosed event) {
        jdbc.update("UPDATE promise_lookup SET closed = TRUE WHERE promise_id = ?", event.promiseId());
        whenCommitted(() -> remembered.forgetPromise(event.promiseId()));
    }

    @EventHandler
    void on(CommitmentPledged event) {
        jdbc.update("INSERT INTO commitment_lookup (commitment_id, promise_id, code, responsible, predecessor_id) "
                        + "VALUES (?, ?, ?, ?, ?)", event.commitmentId(), event.promiseId(), event.code(),
                NameList.join(event.responsible()), event.predecessorId());
    }

    @EventHandler
    void on(CommitmentRevised event) {
        jdbc.update("UPDATE commitment_lookup SET responsible = ? WHERE commitment_id = ?",
                NameList.join(event.responsible()), event.commitmentId());
        whenCommitted(() -> remembered.forget(List.of(event.commitmentId())));
    }

    @EventHandler
    void on(CommitmentWithdrawn event) {
        jdbc.update("UPDATE commitment_lookup SET withdrawn = TRUE WHERE commitment_id = ?", event.commitmentId());
        whenCommitted(() -> remembered.forget(List.of(event.commitmentId())));
    }
}
