package se.lofteskollen.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpServerErrorException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The default data set (the Västervik 2025 promise, loaded by the command-service on its first start), a
 * year of reports sent through the command API, and the dashboard the query-service shows for it on
 * 30 June and 31 December, against figures worked out by hand below.
 *
 * <p>What is reported:
 * <ul>
 *   <li>Tistel (1.1 and 5.2): meetings on 12 Feb, 14 May and 17 Sep.</li>
 *   <li>6.2 place visits: 40 every fourth day from 6 Jan (the last 11 Jun) and 40 every fourth day from 1 Jul (the
 *       last 4 Dec); the visit of 10 Jan is retracted.</li>
 *   <li>6.1 situation pictures: Friday 3 Jan and every Monday from 6 Jan to 29 Dec except 4 and 11 Aug;
 *       milestone "Polisanmälningar kan importeras" on 20 May.</li>
 *   <li>1.2 milestone on 10 Jun; 5.1 milestone on 15 Sep; 4.1 never.</li>
 *   <li>8.1: baseline 12; citizen dialogues 4 on 12 Mar, 3 on 20 May, 6 on 8 Oct.</li>
 *   <li>2.6 concern talks on 15 Apr and 20 Nov; 6.3 foot patrols on 1 Mar; Bob-råd (1.3) on 5 Jun; SSPF (2.4)
 *       on 20 Feb and 15 Oct.</li>
 *   <li>7.2 withdrawn.</li>
 * </ul>
 */
class VastervikProgressTest {

    static final String PROMISE = "vastervik-2025";

    static BothServices services;
    static long lastPosition;
    static Instant beforeTheRetraction;

    @BeforeAll
    static void aYearOfReports() throws InterruptedException {
        services = new BothServices();
        for (String day : List.of("2025-02-12", "2025-05-14", "2025-09-17")) {
            send("polis", "/api/meetings", Map.of("network", "TISTEL", "heldOn", day,
                    "commitmentIds", List.of(commitment("1.1"), commitment("5.2")), "participants", 9));
        }
        List<String> visitIds = new ArrayList<>();
        for (LocalDate start : List.of(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 7, 1))) {
            for (int i = 0; i < 40; i++) {
                LocalDate day = start.plusDays(4L * i);
                String visitId = "visit-" + day;
                visitIds.add(visitId);
                send("polis", "/api/place-visits", Map.of("visitId", visitId, "commitmentId", commitment("6.2"),
                        "place", Map.of("name", i % 2 == 0 ? "Stora torget" : "Resecentrum", "area", "Centrum"),
                        "visitedOn", day.toString(), "measures", "fotpatrull och samtal"));
            }
        }
        send("kommun", "/api/activities", picture(LocalDate.of(2025, 1, 3)));
        for (LocalDate monday = LocalDate.of(2025, 1, 6); monday.getYear() == 2025; monday = monday.plusWeeks(1)) {
            if (!monday.equals(LocalDate.of(2025, 8, 4)) && !monday.equals(LocalDate.of(2025, 8, 11))) {
                send("kommun", "/api/activities", picture(monday));
            }
        }
        send("kommun", "/api/commitments/" + commitment("6.1") + "/milestones",
                Map.of("milestone", "Polisanmälningar kan importeras i EST-systemet", "reachedOn", "2025-05-20"));
        send("samordnare", "/api/commitments/" + commitment("1.2") + "/milestones",
                Map.of("milestone", "Behovet av samverkan kring kriminella unga inom SIG utrett", "reachedOn", "2025-06-10"));
        send("kommun", "/api/commitments/" + commitment("5.1") + "/milestones",
                Map.of("milestone", "Förstudien om arbetet mot välfärdsbrott klar", "reachedOn", "2025-09-15"));
        put("samordnare", "/api/commitments/" + commitment("8.1") + "/baseline",
                Map.of("value", 12, "basis", "medborgardialoger 2024"));
        activity("polis", "CITIZEN_DIALOGUE", "8.1", "2025-03-12", 4);
        activity("polis", "CITIZEN_DIALOGUE", "8.1", "2025-05-20", 3);
        activity("polis", "CITIZEN_DIALOGUE", "8.1", "2025-10-08", 6);
        activity("polis", "CONCERN_TALK", "2.6", "2025-04-15", 2);
        activity("polis", "CONCERN_TALK", "2.6", "2025-11-20", 1);
        activity("polis", "FOOT_PATROL", "6.3", "2025-03-01", 5);
        send("kommun", "/api/meetings", Map.of("network", "BOB_RAD", "heldOn", "2025-06-05",
                "commitmentIds", List.of(commitment("1.3")), "participants", 6));
        for (String day : List.of("2025-02-20", "2025-10-15")) {
            send("polis", "/api/meetings", Map.of("network", "SSPF", "heldOn", day,
                    "commitmentIds", List.of(commitment("2.4")), "participants", 5));
        }

        beforeTheRetraction = Instant.now();
        Thread.sleep(5);
        send("polis", "/api/reports/visit-2025-01-10/retraction", Map.of("reason", "dubbelregistrerat"));
        send("samordnare", "/api/commitments/" + commitment("7.2") + "/withdrawal", Map.of("reason", "ingår i 7.1"));
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void onThirtiethOfJune() {
        JsonNode june = progress("asOf=2025-06-30");

        assertThat(june.get("daysElapsed").asInt()).isEqualTo(181);
        // 2 Tistel meetings, floor(4 × 181 / 365) = 1 expected
        assertThat(target(june, "1.1", 0)).isEqualTo("2 of 4, expected 1: ON_TRACK");
        assertThat(status(june, "5.2")).isEqualTo("ON_TRACK");
        assertThat(status(june, "1.2")).isEqualTo("DONE");
        // 40 visits less the retracted one; floor(100 × 181 / 365) = 49 expected, 4 × 39 ≥ 3 × 49
        assertThat(target(june, "6.2", 0)).isEqualTo("39 of 100, expected 49: AT_RISK");
        // 27 weeks have started (30 June is a Monday), all with a picture; the milestone came on 20 May
        assertThat(target(june, "6.1", 0)).isEqualTo("27 of 27, expected 26: ON_TRACK");
        assertThat(target(june, "6.1", 1)).isEqualTo("1 of 1: DONE");
        assertThat(status(june, "6.1")).isEqualTo("ON_TRACK");
        assertThat(status(june, "5.1")).isEqualTo("DUE");
        assertThat(status(june, "4.1")).isEqualTo("DUE");
        // 7 dialogues against 12 last year: floor(12 × 181 / 365) + 1 = 6 exceeds the pro-rata baseline
        assertThat(target(june, "8.1", 0)).isEqualTo("7 of 12, expected 6: ON_TRACK");
        // within the 90 days from 2 April: the concern talks of 15 April and Bob-råd of 5 June
        assertThat(status(june, "2.6")).isEqualTo("ACTIVE");
        assertThat(status(june, "1.3")).isEqualTo("ACTIVE");
        assertThat(status(june, "2.4")).isEqualTo("QUIET");
        assertThat(status(june, "6.3")).isEqualTo("QUIET");
        assertThat(status(june, "7.2")).isEqualTo("WITHDRAWN");

        assertThat(headline(june)).containsExactly("Tistelmöten 2/4", "Lägesbilder (veckor) 27/27", "Platsbesök 39/100");
        assertThat(byStatus(june)).containsExactly(Map.entry("DONE", 1), Map.entry("ON_TRACK", 4), Map.entry("ACTIVE", 2),
                Map.entry("DUE", 2), Map.entry("QUIET", 13), Map.entry("AT_RISK", 1));
        assertThat(june.get("summary").get("commitments").asInt()).isEqualTo(23);
        assertThat(june.get("summary").get("withdrawn").asInt()).isEqualTo(1);
    }

    @Test
    void onThirtyFirstOfDecember() {
        JsonNode december = progress("asOf=2025-12-31");

        assertThat(december.get("daysElapsed").asInt()).isEqualTo(365);
        assertThat(target(december, "1.1", 0)).isEqualTo("3 of 4, expected 4: AT_RISK");
        assertThat(status(december, "5.2")).isEqualTo("AT_RISK");
        // 80 visits less the retracted one; 4 × 79 ≥ 3 × 100
        assertThat(target(december, "6.2", 0)).isEqualTo("79 of 100, expected 100: AT_RISK");
        // 53 weeks, 29–31 December the last; 4 and 11 August had no picture
        assertThat(target(december, "6.1", 0)).isEqualTo("51 of 53, expected 53: BEHIND");
        assertThat(status(december, "6.1")).isEqualTo("BEHIND");
        assertThat(status(december, "5.1")).isEqualTo("DONE");
        assertThat(status(december, "4.1")).isEqualTo("DUE");
        assertThat(target(december, "8.1", 0)).isEqualTo("13 of 12, expected 13: ACHIEVED");
        // within the 90 days from 3 October: SSPF on 15 October, concern talks on 20 November
        assertThat(status(december, "2.4")).isEqualTo("ACTIVE");
        assertThat(status(december, "2.6")).isEqualTo("ACTIVE");
        assertThat(status(december, "1.3")).isEqualTo("QUIET");

        assertThat(headline(december)).containsExactly("Tistelmöten 3/4", "Lägesbilder (veckor) 51/53", "Platsbesök 79/100");
        assertThat(byStatus(december)).containsExactly(Map.entry("ACHIEVED", 1), Map.entry("DONE", 2),
                Map.entry("ACTIVE", 2), Map.entry("DUE", 1), Map.entry("QUIET", 13), Map.entry("AT_RISK", 3),
                Map.entry("BEHIND", 1));
    }

    @Test
    void theDashboardBeforeTheRetractionStillCountedTheVisit() {
        JsonNode then = progress("asOf=2025-06-30&knownAt=" + beforeTheRetraction);
        assertThat(target(then, "6.2", 0)).isEqualTo("40 of 100, expected 49: AT_RISK");
        assertThat(status(then, "7.2")).isEqualTo("QUIET");
        assertThat(then.get("summary").get("withdrawn").asInt()).isZero();
    }

    @Test
    void theFollowUpReportIsAvailableAsCsv() {
        String csv = services.queryApi("ledning").get()
                .uri("/api/promises/{id}/report.csv?asOf=2025-12-31&minPosition={p}", PROMISE, lastPosition)
                .retrieve().body(String.class);
        // a header, 24 commitments, 6.1 with two targets
        assertThat(csv.split("\r\n")).hasSize(1 + 24 + 1);
    }

    // ---- helpers ----

    static String commitment(String code) {
        return PROMISE + "-" + code;
    }

    static Map<String, Object> picture(LocalDate day) {
        assertThat(day.getDayOfWeek()).isIn(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        return Map.of("kind", "SITUATION_PICTURE", "commitmentIds", List.of(commitment("6.1")), "occurredOn", day.toString());
    }

    static void activity(String user, String kind, String code, String day, int count) {
        send(user, "/api/activities", Map.of("kind", kind, "commitmentIds", List.of(commitment(code)), "occurredOn", day,
                "count", count));
    }

    static void send(String user, String path, Map<String, ?> body) {
        remember(services.commandApi(user).post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().body(JsonNode.class));
    }

    static void put(String user, String path, Map<String, ?> body) {
        remember(services.commandApi(user).put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().body(JsonNode.class));
    }

    static void remember(JsonNode accepted) {
        lastPosition = Math.max(lastPosition, accepted.get("position").asLong());
    }

    /** Reads the dashboard as a client that has just written: with the last command's position. */
    static JsonNode progress(String query) {
        return await().atMost(Duration.ofSeconds(30)).ignoreException(HttpServerErrorException.ServiceUnavailable.class)
                .until(() -> services.queryApi("ledning").get()
                        .uri("/api/promises/" + PROMISE + "/progress?" + query + "&minPosition=" + lastPosition)
                        .retrieve().body(JsonNode.class), body -> body != null);
    }

    static JsonNode commitmentIn(JsonNode progress, String code) {
        for (JsonNode area : progress.get("areas")) {
            for (JsonNode commitment : area.get("commitments")) {
                if (commitment.get("code").asText().equals(code)) {
                    return commitment;
                }
            }
        }
        throw new AssertionError("no commitment " + code);
    }

    static String status(JsonNode progress, String code) {
        return commitmentIn(progress, code).get("status").asText();
    }

    static String target(JsonNode progress, String code, int index) {
        JsonNode target = commitmentIn(progress, code).get("targets").get(index);
        return target.get("achieved").asInt() + " of " + target.get("required").asInt()
                + (target.has("expected") ? ", expected " + target.get("expected").asInt() : "")
                + ": " + target.get("status").asText();
    }

    static List<String> headline(JsonNode progress) {
        List<String> counters = new ArrayList<>();
        progress.get("headline").forEach(counter -> counters.add(counter.get("label").asText() + " "
                + counter.get("achieved").asInt() + "/" + counter.get("of").asInt()));
        return counters;
    }

    /** The statuses that some commitment has, in the order of the rules (best first). */
    static Map<String, Integer> byStatus(JsonNode progress) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        progress.get("summary").get("byStatus").fields().forEachRemaining(entry -> {
            if (entry.getValue().asInt() > 0) {
                counts.put(entry.getKey(), entry.getValue().asInt());
            }
        });
        return counts;
    }
}
