package se.lofteskollen.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two query-service instances share the processors' segments through the token store. When the one
 * holding them stops, the other takes over where it left off: every report counted, none twice.
 */
class QueryInstancesTakeOverDrillTest {

    static BothServices services;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void start() {
        services = new BothServices();
        second = services.startAnotherQueryService();
    }

    @AfterAll
    static void stop() {
        second.close();
        services.close();
    }

    @Test
    void whenOneInstanceStopsTheOtherCarriesOnWithoutCountingAnythingTwice() {
        long position = 0;
        for (int i = 0; i < 40; i++) {
            position = PlaceVisits.report(services.commandApi("polis"), "before-stop-" + i, "2025-04-10");
        }
        assertThat(PlaceVisits.counted(services.queryApi("ledning"), position)).isEqualTo(40);

        services.stopQueryService();
        for (int i = 0; i < 40; i++) {
            position = PlaceVisits.report(services.commandApi("polis"), "after-stop-" + i, "2025-04-11");
        }

        RestClient survivor = BothServices.api(second, "ledning");
        long last = position;
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> PlaceVisits.counted(survivor, last) == 80);
        Long rows = second.getBean(JdbcTemplate.class).queryForObject(
                "SELECT count(*) FROM place_visit WHERE visit_id LIKE 'before-stop-%' OR visit_id LIKE 'after-stop-%'", Long.class);
        assertThat(rows).isEqualTo(80);
    }
}
