package se.lofteskollen.query.readmodels;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.lofteskollen.platform.testing.StatementCounter;
import se.lofteskollen.query.promise.PromiseViewRepository;
import se.lofteskollen.query.testing.Promises;
import se.lofteskollen.query.testing.QueryServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A repository of the read models reads in one round trip; reads that must see one snapshot still can. */
@Import(StatementCounter.class)
class ReadOnlyRepositoriesTest extends QueryServiceTest {

    @Autowired
    PromiseViewRepository promises;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aRepositoryReadIsOneRoundTripWithoutACommit() {
        String promiseId = aPromise("one-trip-2025");

        StatementCounter.reset(Thread.currentThread().getName());
        assertThat(promises.findById(promiseId)).isPresent();

        assertThat(StatementCounter.sent()).singleElement().asString().startsWith("select");
    }

    @Test
    void readsInATransactionOfTheCallersOwnJoinItAndCommitOnce() {
        String promiseId = aPromise("one-snapshot-2025");
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        StatementCounter.reset(Thread.currentThread().getName());
        readOnly.executeWithoutResult(status -> {
            assertThat(promises.findById(promiseId)).isPresent();
            assertThat(promises.findFirstByPredecessorId(promiseId)).isEmpty();
        });

        assertThat(StatementCounter.sent()).hasSize(3).endsWith("COMMIT");
    }

    private String aPromise(String name) {
        String promiseId = id(name);
        feed().publish(Promises.created(promiseId, 2025, "Medborgarlöfte", "LPO", "Kommun"));
        feed().awaitProjections();
        return promiseId;
    }
}
