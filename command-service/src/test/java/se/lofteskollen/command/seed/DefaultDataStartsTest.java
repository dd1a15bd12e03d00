package se.lofteskollen.command.seed;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lofteskollen.command.CommandServiceApplication;
import se.lofteskollen.command.commitment.PledgeCommitment;
import se.lofteskollen.command.dispatch.CommandDispatcher;
import se.lofteskollen.command.identity.Identity;
import se.lofteskollen.events.Target;
import se.lofteskollen.platform.testing.TestDatabase;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The default data set across starts of the service on one database. */
class DefaultDataStartsTest {

    /** As command-line arguments, which outrank the service's own property file (its port 8081, say). */
    private static ConfigurableApplicationContext start(String databaseUrl, String... extra) {
        String[] arguments = new String[extra.length + 4];
        arguments[0] = "--spring.datasource.url=" + databaseUrl;
        arguments[1] = "--spring.datasource.username=postgres";
        arguments[2] = "--spring.datasource.password=";
        arguments[3] = "--server.port=0";
        for (int i = 0; i < extra.length; i++) {
            arguments[i + 4] = "--" + extra[i];
        }
        return new SpringApplicationBuilder(CommandServiceApplication.class).run(arguments);
    }

    private static long events(ConfigurableApplicationContext service) {
        return service.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    @Test
    void aSecondStartDoesNotRecordTheDefaultDataAgain() {
        String databaseUrl = TestDatabase.newDatabaseUrl();
        try (ConfigurableApplicationContext first = start(databaseUrl)) {
            assertThat(events(first)).isEqualTo(26);
        }
        try (ConfigurableApplicationContext second = start(databaseUrl)) {
            assertThat(events(second)).isEqualTo(26);
        }
    }

    /** The milestone names the default data carried before they were Swedish. */
    private static final Map<String, String> ENGLISH_NAMES = Map.of(
            "Behovet av samverkan kring kriminella unga inom SIG utrett", "need for SIG cooperation on criminal youth investigated",
            "Kartläggningen av hedersnormer och hedersförtryck presenterad", "mapping of honour norms presented",
            "Förstudien om arbetet mot välfärdsbrott klar", "pre-study on welfare crime done",
            "Polisanmälningar kan importeras i EST-systemet", "police reports importable into the EST system");

    @Test
    void aDatabaseHoldingThePromiseWithItsOldEnglishMilestoneNamesStartsAndKeepsThem() {
        String databaseUrl = TestDatabase.newDatabaseUrl();
        try (ConfigurableApplicationContext old = start(databaseUrl, "lofteskollen.seed.enabled=false")) {
            CommandDispatcher dispatcher = old.getBean(CommandDispatcher.class);
            dispatcher.send(VastervikPromise2025.promise(), VastervikPromise2025.PROMISE_ID, Identity.SYSTEM, "seed-old");
            for (PledgeCommitment pledge : VastervikPromise2025.commitments()) {
                dispatcher.send(inEnglish(pledge), pledge.commitmentId(), Identity.SYSTEM, "seed-old");
            }
            dispatcher.send(VastervikPromise2025.signing(LocalDate.of(2025, 2, 1)), VastervikPromise2025.PROMISE_ID,
                    Identity.SYSTEM, "seed-old");
            assertThat(events(old)).isEqualTo(26);
        }
        try (ConfigurableApplicationContext restarted = start(databaseUrl)) {
            assertThat(events(restarted)).isEqualTo(26);
            assertThat(restarted.getBean(JdbcTemplate.class).queryForList("""
                    SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = 'vastervik-2025-5.1'""",
                    String.class))
                    .singleElement().asString().contains("pre-study on welfare crime done").doesNotContain("Förstudien");
        }
    }

    private static PledgeCommitment inEnglish(PledgeCommitment pledge) {
        List<Target> targets = pledge.targets().stream().map(target -> target instanceof Target.Deadline deadline
                ? new Target.Deadline(ENGLISH_NAMES.get(deadline.milestone()), deadline.dueOn()) : target).toList();
        return new PledgeCommitment(pledge.commitmentId(), pledge.promiseId(), pledge.code(), pledge.priorityArea(),
                pledge.responsible(), pledge.text(), targets, pledge.predecessorId());
    }

    @Test
    void outsideTheLocalProfileTheDefaultDataIsNeverRecorded() {
        try (ConfigurableApplicationContext service = start(TestDatabase.newDatabaseUrl(), "spring.profiles.active=prod",
                "lofteskollen.security.issuers.polisen.issuer-uri=https://idp.example/realms/lofteskollen",
                "lofteskollen.security.issuers.polisen.client-id=lofteskollen",
                "lofteskollen.security.issuers.polisen.audiences=lofteskollen-api")) {
            assertThat(events(service)).isZero();
        }
    }

    @Test
    void theDefaultDataCanBeSwitchedOff() {
        try (ConfigurableApplicationContext service = start(TestDatabase.newDatabaseUrl(), "lofteskollen.seed.enabled=false")) {
            assertThat(events(service)).isZero();
        }
    }
}
