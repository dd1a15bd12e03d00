package se.lofteskollen.query.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.lofteskollen.events.commitment.CommitmentPledged;
import se.lofteskollen.events.commitment.CommitmentWithdrawn;
import se.lofteskollen.query.testing.EventFeed;
import se.lofteskollen.query.testing.MiniPromise;
import se.lofteskollen.query.testing.Promises;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpReportTest extends QueryServiceTest {

    MiniPromise promise;

    @BeforeAll
    void feedThePromise() {
        promise = new MiniPromise(feed(), id("report-2025"));
    }

    @Test
    void theHtmlReportIsPrintableAndSaysWhatWasPromisedAndDone() throws Exception {
        String html = mvc.perform(get("/api/promises/{id}/report", promise.promiseId).param("asOf", "2025-12-31")
                        .with(httpBasic("ledning", "ledning")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("Uppföljning av medborgarlöfte 2025", "@media print", "Läge per <b>2025-12-31</b>",
                "1. Organiserad brottslighet och kriminella gäng", "Minst 80 platsbesök under året", "39 av 80",
                "Försenat", "Återkallat", "Skäl: ingår i 7.1 från augusti", "Tistelmöten");
        // it is passed on: no staff names
        assertThat(html).doesNotContain("Kommunpolisen", "Samordnaren");
    }

    @Test
    void theHtmlReportIsInEnglishWhenAskedFor() throws Exception {
        String html = mvc.perform(get("/api/promises/{id}/report", promise.promiseId).param("asOf", "2025-12-31")
                        .param("lang", "en").with(httpBasic("ledning", "ledning")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).replace("&#39;", "'");

        assertThat(html).contains("<html lang=\"en\"", "<title>Follow-up 2025 – Medborgarlöfte 2025</title>",
                "<h1>Follow-up of the citizens' promise 2025</h1>", "As of <b>2025-12-31</b>", "(day 365 of 365)",
                "Print the page, or download the follow-up", ">as PDF</a>", "<h2>In brief</h2>",
                "<th>What is promised</th>", "39 of 80", "(not included above)", "Reason: ingår i 7.1 från augusti",
                "1. Organiserad brottslighet och kriminella gäng");
        assertThat(html).doesNotContain("??", "Läge per", "Åtagande", "Skäl:", "I korthet");
    }

    @Test
    void theCsvKeepsItsColumnNamesInEnglishForTheProgramsThatReadIt() throws Exception {
        String text = mvc.perform(get("/api/promises/{id}/report.csv", promise.promiseId).param("asOf", "2025-06-30")
                        .header("Accept-Language", "en").with(httpBasic("ledning", "ledning")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFFOmråde;Områdesnamn;Löfte;").contains(";2 of 4;");
    }

    @Test
    void theCsvReportHasOneRowPerTargetAndOnePerOngoingCommitment() throws Exception {
        byte[] csv = mvc.perform(get("/api/promises/{id}/report.csv", promise.promiseId).param("asOf", "2025-06-30")
                        .param("knownAt", MiniPromise.ON_30_JUNE).with(httpBasic("ledning", "ledning")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");

        assertThat(text).startsWith("\uFEFFOmråde;Områdesnamn;Löfte;");
        // 8 commitments, 6.1 with two targets: 9 rows and the header
        assertThat(lines).hasSize(10);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("6;").contains(";6.2;Lokalpolisområde Västervik;")
                .contains("Minst 100 platsbesök under året;40 av 100;49;Risk för att inte nå målet;AT_RISK;"));
    }

    @Test
    void acceptTextCsvGivesTheCsvToo() throws Exception {
        mvc.perform(get("/api/promises/{id}/report", promise.promiseId).accept("text/csv").with(httpBasic("ledning", "ledning")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"));
    }

    @Test
    void anUnknownPromiseHasNoReport() throws Exception {
        mvc.perform(get("/api/promises/{id}/report.csv", "no-such-promise").with(httpBasic("ledning", "ledning")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFormulaInACommitmentsTextComesOutOfTheCsvNeutralised() throws Exception {
        String promiseId = id("formula-2025");
        feed().by(EventFeed.SAMORDNARE).at("2025-01-02T08:00:00Z")
                .publish(Promises.created(promiseId, 2025, "Medborgarlöfte 2025", "LPO", "Kommunen"));
        feed().publish(new CommitmentPledged(promiseId + "-1.1", promiseId, "1.1", "1",
                Set.of("POLICE"), "=HYPERLINK(\"http://example.invalid\";\"Klicka\")", List.of(), null));
        feed().publish(new CommitmentPledged(promiseId + "-1.2", promiseId, "1.2", "1",
                Set.of("POLICE"), "@SUM(1+1)", List.of(), null));
        feed().publish(new CommitmentWithdrawn(promiseId + "-1.2", promiseId, "-2+3"));
        feed().awaitProjections();

        String text = mvc.perform(get("/api/promises/{id}/report.csv", promiseId).param("asOf", "2025-06-30")
                        .with(httpBasic("ledning", "ledning")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(text).contains(";\"'=HYPERLINK(\"\"http://example.invalid\"\";\"\"Klicka\"\")\";")
                .contains(";\"'@SUM(1+1)\";").contains(";\"'-2+3\";");
        for (String line : text.split("\r\n")) {
            for (String cell : line.split(";")) {
                assertThat(cell).as(line).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+");
            }
        }
    }
}
