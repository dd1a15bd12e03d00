package se.lofteskollen.query.web;

import org.junit.jupiter.api.Test;
import se.lofteskollen.query.testing.Promises;
import se.lofteskollen.query.testing.QueryServiceTest;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The query API's edges: login, unknown ids, bad parameters as problem+json, and the OpenAPI document. */
class ApiContractTest extends QueryServiceTest {

    @Test
    void readingNeedsALoggedInUser() throws Exception {
        mvc.perform(get("/api/promises")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/audit")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void thePromisesAreListed() throws Exception {
        String promiseId = id("listed-2025");
        feed().publish(Promises.created(promiseId, 2025, "Medborgarlöfte 2025", "LPO Västervik", "Västerviks kommun"));
        feed().awaitProjections();

        mvc.perform(get("/api/promises").with(httpBasic("kommun", "kommun")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].promiseId", hasItem(promiseId)));
        mvc.perform(get("/api/promises/{id}", promiseId).with(httpBasic("kommun", "kommun")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.municipality").value("Västerviks kommun"));
    }

    @Test
    void anUnknownPromiseIsNotFound() throws Exception {
        for (String path : new String[]{"/api/promises/{id}", "/api/promises/{id}/progress", "/api/promises/{id}/places"}) {
            mvc.perform(get(path, "no-such-promise").with(httpBasic("ledning", "ledning")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.status").value(404));
        }
    }

    @Test
    void aBadDateOrInstantIsABadRequestNamingTheParameter() throws Exception {
        mvc.perform(get("/api/promises/{id}/progress", "any").param("asOf", "2025-13-01").with(httpBasic("ledning", "ledning")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.field").value("asOf"));
        mvc.perform(get("/api/promises/{id}/progress", "any").param("knownAt", "yesterday").with(httpBasic("ledning", "ledning")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("knownAt"));
        mvc.perform(get("/api/commitments/{id}", "any").param("minPosition", "soon").with(httpBasic("ledning", "ledning")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("minPosition"));
    }

    @Test
    void theOpenApiDocumentDescribesTheQueries() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/promises'].get").exists())
                .andExpect(jsonPath("$.paths['/api/promises/{promiseId}/progress'].get.parameters[*].name", hasItem("knownAt")))
                .andExpect(jsonPath("$.paths['/api/commitments/{commitmentId}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/commitments/{commitmentId}/history'].get").exists())
                .andExpect(jsonPath("$.paths['/api/audit'].get.parameters[*].name", hasItem("user")))
                .andExpect(jsonPath("$.paths['/api/promises/{promiseId}/places'].get").exists())
                .andExpect(jsonPath("$.paths['/api/promises/{promiseId}/report'].get").exists())
                .andExpect(jsonPath("$.paths['/api/promises/{promiseId}/report.csv'].get").exists())
                .andExpect(jsonPath("$.paths['/api/promises/{promiseId}/report.pdf'].get.parameters[*].name", hasItem("knownAt")))
                .andExpect(jsonPath("$.paths['/api/promises/{promiseId}/report.xlsx'].get.parameters[*].name", hasItem("asOf")))
                .andExpect(jsonPath("$.info.description").value(org.hamcrest.Matchers.containsString("knownAt")));
    }
}
