package se.lofteskollen.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.Cookie;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A form kept while the browser signs in again: once, for its own page and browser, for half an hour at most. */
class KeptFormsTest {

    /** A clock the test moves. */
    private static final class Moving extends Clock {
        private Instant now = Instant.parse("2025-09-30T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Moving clock = new Moving();
    private final KeptForms kept = new KeptForms(clock);

    private static MockHttpServletRequest post() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/report");
        request.setContentType("application/x-www-form-urlencoded");
        request.addParameter("_csrf", "expired");
        request.addParameter("placeName", "Stora torget");
        request.addParameter("alsoFor", "a", "b");
        request.addHeader("Sec-Fetch-Site", "same-origin");
        return request;
    }

    @Test
    void aFormAnotherSitePostsIsNotKeptAndMeetsTheErrorPage() {
        MockHttpServletRequest fromElsewhere = post();
        fromElsewhere.removeHeader("Sec-Fetch-Site");
        fromElsewhere.addHeader("Sec-Fetch-Site", "cross-site");
        MockHttpServletRequest saysNothing = post();
        saysNothing.removeHeader("Sec-Fetch-Site");
        MockHttpServletRequest oldBrowserElsewhere = post();
        oldBrowserElsewhere.removeHeader("Sec-Fetch-Site");
        oldBrowserElsewhere.addHeader("Origin", "https://elsewhere.example");
        MockHttpServletRequest oldBrowserHere = post();
        oldBrowserHere.removeHeader("Sec-Fetch-Site");
        oldBrowserHere.addHeader("Origin", "http://localhost");

        assertThat(kept.keepAndRedirect(fromElsewhere, new MockHttpServletResponse())).isFalse();
        assertThat(kept.keepAndRedirect(saysNothing, new MockHttpServletResponse())).isFalse();
        assertThat(kept.keepAndRedirect(oldBrowserElsewhere, new MockHttpServletResponse())).isFalse();
        assertThat(kept.size()).isZero();
        assertThat(kept.keepAndRedirect(oldBrowserHere, new MockHttpServletResponse())).isTrue();
    }

    @Test
    void theFormIsKeptWithoutItsTokenAndTheBrowserLedToItsPageWithACookieThatOpensIt() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(kept.keepAndRedirect(post(), response)).isTrue();

        assertThat(response.getStatus()).isEqualTo(303);
        String location = response.getHeader("Location");
        assertThat(location).startsWith("/report?utkast=");
        Cookie cookie = response.getCookie(KeptForms.COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getMaxAge()).isEqualTo(1800);
        assertThat(response.getHeader("Set-Cookie")).contains("SameSite=Lax", "Path=/report");

        MockHttpServletRequest back = new MockHttpServletRequest("GET", "/report");
        back.setCookies(cookie);
        String id = location.substring(location.indexOf('=') + 1);
        assertThat(kept.take(id, back)).contains(Map.of("placeName", List.of("Stora torget"), "alsoFor", List.of("a", "b")));
        assertThat(kept.take(id, back)).as("taken once").isEmpty();
    }

    @Test
    void aDraftOpensOnlyWithItsSecretAndOnlyForItsPage() {
        String id = kept.keep("/report", Map.of("note", List.of("Halvvägs")), "secret").orElseThrow();

        assertThat(kept.take(id, "/report", "another")).isEmpty();
        assertThat(kept.take(id, "/report", null)).isEmpty();
        assertThat(kept.take(id, "/report/coordinate", "secret")).isEmpty();
        assertThat(kept.take(id, "/report", "secret")).isPresent();
    }

    @Test
    void aDraftIsForgottenAfterHalfAnHour() {
        String id = kept.keep("/report", Map.of("note", List.of("Halvvägs")), "secret").orElseThrow();
        String later = kept.keep("/report", Map.of("note", List.of("Senare")), "secret").orElseThrow();

        clock.now = clock.now.plus(Duration.ofMinutes(30)).plusSeconds(1);

        assertThat(kept.take(id, "/report", "secret")).isEmpty();
        assertThat(kept.size()).isZero();
        assertThat(kept.take(later, "/report", "secret")).isEmpty();
    }

    @Test
    void aFullStoreKeepsNothingMoreAndTheFormMeetsTheErrorPageAsBefore() {
        for (int i = 0; i < KeptForms.CAPACITY; i++) {
            assertThat(kept.keep("/report", Map.of(), "secret")).isPresent();
        }
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(kept.keep("/report", Map.of(), "secret")).isEqualTo(Optional.empty());
        assertThat(kept.keepAndRedirect(post(), response)).isFalse();
        assertThat(response.getHeader("Location")).isNull();

        clock.now = clock.now.plus(Duration.ofMinutes(31));
        assertThat(kept.keep("/report", Map.of(), "secret")).as("room again once the old ones expired").isPresent();
    }
}
