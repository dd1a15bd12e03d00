package se.lofteskollen.query.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.lofteskollen.platform.security.SecurityEventLog;
import se.lofteskollen.platform.testing.PlatformHeaders;
import se.lofteskollen.query.testing.MiniPromise;
import se.lofteskollen.query.testing.QueryServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person in a browser: signed in (OpenID Connect), reads the follow-up report with the session, signs out; what the
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
    void aSignedInBrowserReadsTheReportWithItsSessionUnderAStrictContentSecurityPolicyAndSignsOut() throws Exception {
        var signedIn = oidcLogin().idToken(token -> token.subject("ledning").claim("name", "Ledningen"))
                .authorities(new SimpleGrantedAuthority("ROLE_MANAGEMENT"), new SimpleGrantedAuthority("ORG_MUNICIPALITY"),
                        new SimpleGrantedAuthority("NAME_Ledningen"));

        mvc.perform(get("/dashboard/{id}/uppfoljning", promise.promiseId).with(signedIn).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("form-action 'self' http://localhost:8083")))
                .andExpect(header().string("X-Frame-Options", "DENY"));

        mvc.perform(post("/logout").with(signedIn).with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void theApiIsStatelessAndABrowserWithoutCredentialsIsSentToSignInNotChallengedForBasic() throws Exception {
        mvc.perform(get("/api/promises/{id}/report", promise.promiseId).accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost/oauth2/authorization/local"))
                .andExpect(header().doesNotExist("WWW-Authenticate"));
    }

    @Test
    void thePublicPageAndTheDashboardCarryThePlatformsHeadersWithThePagesOwnPolicy() throws Exception {
        mvc.perform(get("/public/promises/{id}", promise.promiseId)).andExpect(status().isOk())
                .andExpect(PlatformHeaders.presentWithPolicy("script-src 'self'"));
        mvc.perform(get("/dashboard/{id}", promise.promiseId).with(user(users.loadUserByUsername("ledning"))))
                .andExpect(status().isOk())
                .andExpect(PlatformHeaders.presentWithPolicy("script-src 'self'"));
    }

    @Test
    void aSignOutWithoutItsCsrfTokenIsRefusedAndLogged(CapturedOutput output) throws Exception {
        mvc.perform(post("/logout")).andExpect(status().isForbidden());

        assertThat(output.getOut().lines().filter(line -> line.contains(SecurityEventLog.LOGGER)))
                .anySatisfy(line -> assertThat(line).contains("event=access_denied user=\"anonymous\" method=\"POST\"",
                        "path=\"/logout\"", "reason=\"missing or invalid CSRF token\""));
    }

    @Test
    void aStrangerSentToTheLoginPageIsLogged(CapturedOutput output) throws Exception {
        mvc.perform(get("/dashboard")).andExpect(redirectedUrl("http://localhost/oauth2/authorization/local"))
                .andExpect(header().doesNotExist("WWW-Authenticate"));

        assertThat(output.getOut().lines().filter(line -> line.contains(SecurityEventLog.LOGGER)))
                .anySatisfy(line -> assertThat(line).contains("event=access_denied user=\"anonymous\" method=\"GET\"",
                        "path=\"/dashboard\"", "reason=\"authentication required\""));
    }

    @Test
    void aSignInThatDidNotStartHereGoesBackToTheSignInPageAndIsLogged(CapturedOutput output) throws Exception {
        mvc.perform(get("/login/oauth2/code/local").param("code", "forged").param("state", "forged"))
                .andExpect(redirectedUrl("/login?error"));

        assertThat(output.getOut().lines().filter(line -> line.contains(SecurityEventLog.LOGGER)))
                .anySatisfy(line -> assertThat(line).contains("event=authentication_failed", "reason=\"sign-in: "));
    }
}
