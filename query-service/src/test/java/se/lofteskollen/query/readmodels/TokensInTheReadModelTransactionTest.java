package se.lofteskollen.query.readmodels;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lofteskollen.query.testing.QueryServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A processor's batch writes read-model rows and its token in one database transaction, so that a crash
 * between the two can neither lose an event (token ahead of the rows) nor count one twice (rows ahead).
 */
class TokensInTheReadModelTransactionTest extends QueryServiceTest {

    @Autowired
    TransactionManager transactions;
    @Autowired
    TokenStore tokenStore;

    @Test
    void processorsRunInSpringsTransactions() {
        assertThat(transactions).isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    void readModelConnectionsCommitWithoutWaitingForTheWalFlushSinceTheyAreRebuiltFromTheLog() {
        assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("off");
    }

    @Test
    void aBatchThatFailsTakesItsTokenAndItsRowsBackTogether() {
        String processor = id("probe");
        assertThatThrownBy(() -> transactions.executeInTransaction(() -> {
            tokenStore.initializeTokenSegments(processor, 1);
            jdbc.update("INSERT INTO promise_view (promise_id, year, title, created_at, last_position) VALUES (?, 2025, 't', now(), 1)",
                    processor);
            throw new IllegalStateException("the handler failed");
        })).hasMessage("the handler failed");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?", Integer.class, processor)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM promise_view WHERE promise_id = ?", Integer.class, processor)).isZero();
    }

    @Test
    void aBatchThatSucceedsCommitsBoth() {
        String processor = id("probe");
        transactions.executeInTransaction(() -> {
            tokenStore.initializeTokenSegments(processor, 1);
            jdbc.update("INSERT INTO promise_view (promise_id, year, title, created_at, last_position) VALUES (?, 2025, 't', now(), 1)",
                    processor);
        });
        assertThat(jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?", Integer.class, processor)).isOne();
        jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", processor);
        jdbc.update("DELETE FROM promise_view WHERE promise_id = ?", processor);
    }
}
