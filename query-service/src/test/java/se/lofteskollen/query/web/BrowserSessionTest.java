package se.lofteskollen.query.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.lofteskollen.platform.security.SecurityEventLog;
import se.lofteskollen.platform.testing.PlatformHeaders;
import se.lofteskollen.query.testing.MiniPromise;
import se.lofteskollen.query.testing.QueryServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person in a browser: logs in through the form, reads the follow-up report with the session, logs out; what the
 * pages' chain refuses is on the security log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class BrowserSessionTest extends QueryServiceTest {

    @Autowired
    UserDetailsService users;

    private MiniPromise promise;

    @BeforeAll
    void aPromise() {
        promise = new MiniPromise(feed(), id("browser-2025"));
    }

    @Test
    void aLoggedInBrowserReadsTheReportWithItsSessionUnderAStrictContentSecurityPolicy() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user("ledning").password("ledning"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getRequest().getSession(false);
        assertThat(session).isNotNull();

        mvc.perform(get("/api/promises/{id}/report", promise.promiseId).session(session).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"));

        mvc.perform(post("/logout").session(session).with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/api/promises/{id}/report", promise.promiseId).session(session).accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void thePublicPageAndTheDashboardCarryThePlatformsHeadersWithThePagesOwnPolicy() throws Exception {
        mvc.perform(get("/public/promises/{id}", promise.promiseId)).andExpect(status().isOk())
                .andExpect(PlatformHeaders.presentWithPolicy("script-src 'none'"));
        mvc.perform(get("/dashboard/{id}", promise.promiseId).with(user(users.loadUserByUsername("ledning"))))
                .andExpect(status().isOk())
                .andExpect(PlatformHeaders.presentWithPolicy("script-src 'none'"));
    }

    @Test
    void aLoginWithoutItsCsrfTokenIsRefusedAndLogged(CapturedOutput output) throws Exception {
        mvc.perform(post("/login").param("username", "ledning").param("password", "ledning"))
                .andExpect(status().isForbidden());

        assertThat(output.getOut().lines().filter(line -> line.contains(SecurityEventLog.LOGGER)))
                .anySatisfy(line -> assertThat(line).contains("event=access_denied user=\"anonymous\" method=\"POST\"",
                        "path=\"/login\"", "reason=\"missing or invalid CSRF token\""));
    }

    @Test
    void aStrangerSentToTheLoginPageIsLogged(CapturedOutput output) throws Exception {
        mvc.perform(get("/dashboard")).andExpect(redirectedUrl("http://localhost/login"));

        assertThat(output.getOut().lines().filter(line -> line.contains(SecurityEventLog.LOGGER)))
                .anySatisfy(line -> assertThat(line).contains("event=access_denied user=\"anonymous\" method=\"GET\"",
                        "path=\"/dashboard\"", "reason=\"authentication required\""));
    }

    @Test
    void aWrongPasswordGoesBackToTheLoginForm() throws Exception {
        mvc.perform(formLogin().user("ledning").password("wrong")).andExpect(redirectedUrl("/login?error"));
    }
}
