package se.lofteskollen.query.web;

import org.junit.jupiter.api.Test;
import se.lofteskollen.query.testing.QueryServiceTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What fails in a page's controller is a Swedish page with the status it names, never the API's problem+json. */
class PageErrorsTest extends QueryServiceTest {

    @Test
    void aValueInThePagesAddressThatCannotBeReadIsA400Page() throws Exception {
        String html = mvc.perform(get("/public/rollup").param("year", "tjugotjugofem").accept("text/html"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("<html lang=\"sv\"").contains("Adressen eller formuläret kunde inte läsas")
                .contains("/css/query.css").doesNotContain("MethodArgumentTypeMismatch");
    }

    @Test
    void theApiKeepsProblemDetailsForTheSameMistake() throws Exception {
        mvc.perform(get("/api/rollup").param("year", "tjugotjugofem"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }
}
