package se.lofteskollen.query.report;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.lofteskollen.query.testing.MiniPromise;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.nio.charset.StandardCharsets;

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
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("6;").contains(";6.2;Polisen;")
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
}
