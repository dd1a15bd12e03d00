package se.lofteskollen.command.imports;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import se.lofteskollen.command.testing.Api;
import se.lofteskollen.command.testing.Api.Answer;
import se.lofteskollen.command.testing.CommandServiceTest;
import se.lofteskollen.command.testing.EventStoreRows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year of foot patrols from a planning system, 10,000 rows in one file, is stored whole. How long it takes is
 * printed (the figure is the benchmark's business: these machines are too noisy for a limit in a test).
 */
@CommandServiceTest
class TenThousandRowsTest {

    private static final int ROWS = 10_000;

    @Autowired
    Api api;
    @Autowired
    EventStoreRows events;

    @Test
    void tenThousandRowsAreEachStoredOnce() {
        StringBuilder file = new StringBuilder("externalId;kind;commitmentIds;occurredOn;place;area;count;notes\n");
        for (int i = 0; i < ROWS; i++) {
            file.append("patrol-").append(i).append(";FOOT_PATROL;vastervik-2025-6.3;")
                    .append(LocalDate.of(2025, 1, 1).plusDays(i % 240)).append(";Stora torget;Centrum;2;Kvällspass\n");
        }
        byte[] csv = file.toString().getBytes(StandardCharsets.UTF_8);
        long before = events.count();

        long started = System.nanoTime();
        Answer answer = api.post("polis", "/api/imports", csv, MediaType.parseMediaType("text/csv"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        System.out.printf("Imported %,d rows (%,d bytes) in %.1f s: %.0f rows/s%n", ROWS, csv.length,
                took.toMillis() / 1000.0, ROWS * 1000.0 / Math.max(1, took.toMillis()));
        assertThat(answer.status()).as("%s %s", answer.body().path("detail"), answer.body().path("errors").path(0)).isEqualTo(HttpStatus.OK);
        assertThat(answer.body().path("stored").asInt()).isEqualTo(ROWS);
        assertThat(events.count()).isEqualTo(before + ROWS);
    }
}
