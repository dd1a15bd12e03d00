package se.lofteskollen.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The way of one command through the whole system: HTTP, aggregate, event store, processor, read model, HTTP. */
class PledgeReachesTheQuerySideTest {

    static BothServices services;

    @BeforeAll
    static void start() {
        services = new BothServices();
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void aCommitmentPledgedOnTheCommandSideIsReadableOnTheQuerySide() {
        Map<?, ?> commitment = services.pledgeOneCommitment("demo-2025", Duration.ofSeconds(20));

        assertThat(commitment.get("code")).isEqualTo("1.1");
        assertThat(commitment.get("promiseId")).isEqualTo("demo-2025");
    }
}
