package se.lofteskollen.platform.testing;

import org.springframework.test.web.servlet.ResultMatcher;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/** The headers the platform puts on every answer, API or browser page, whatever the page's own policy. */
public final class PlatformHeaders {

    private PlatformHeaders() {
    }

    /** The platform's headers, with a Content-Security-Policy that contains {@code policyPart}. */
    public static ResultMatcher presentWithPolicy(String policyPart) {
        return ResultMatcher.matchAll(
                header().string("Content-Security-Policy", containsString(policyPart)),
                header().string("X-Frame-Options", "DENY"),
                header().string("X-Content-Type-Options", "nosniff"),
                header().string("Referrer-Policy", "no-referrer"),
                header().string("Permissions-Policy", containsString("camera=()")),
                header().string("Cross-Origin-Opener-Policy", "same-origin"),
                header().string("Cross-Origin-Resource-Policy", "same-origin"),
                header().string("Cache-Control", containsString("no-store")));
    }
}
