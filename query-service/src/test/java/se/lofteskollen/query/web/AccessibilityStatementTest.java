package se.lofteskollen.query.web;

import org.junit.jupiter.api.Test;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The accessibility statement is open to anyone, in the query-service's look; the footers lead to it. */
class AccessibilityStatementTest extends QueryServiceTest {

    @Test
    void anyoneReadsTheStatementInTheServicesLook() throws Exception {
        String statement = mvc.perform(get("/tillganglighet")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(statement).contains("<html lang=\"sv\"").contains("<title>Tillgänglighetsredogörelse – Löfteskollen</title>")
                .contains("href=\"/css/query.css\"").contains("Hoppa till innehållet").contains("delvis förenlig")
                .contains("https://www.digg.se/tdosanmalan");
        String front = mvc.perform(get("/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(front).contains("href=\"/tillganglighet\"");
    }
}
