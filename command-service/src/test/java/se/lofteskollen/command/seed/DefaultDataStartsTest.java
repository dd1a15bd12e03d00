package se.lofteskollen.command.seed;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lofteskollen.command.CommandServiceApplication;
import se.lofteskollen.platform.testing.TestDatabase;

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
