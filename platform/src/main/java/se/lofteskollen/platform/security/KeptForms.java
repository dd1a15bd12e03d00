package se.lofteskollen.platform.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a form held when it was posted after its session or CSRF token expired, kept while the browser signs in
 * again, so that the form can be shown again filled in ("nothing was sent yet; send it again") instead of the
 * error page and a form typed anew. Only the pages a service names keep their forms
 * ({@link BrowserPageSecurity.Pages#keepingFormsAt}); nothing of what was posted is sent anywhere.
 *
 * <p>Kept in this instance's memory, as the pages' sessions are, for {@link #LIFETIME} at most and taken once. A
 * draft is named by a random id in the redirect (which the sign-in carries through, as any page asked for before
 * signing in) and opened only with a random secret in a cookie of the same browser, so the id alone, in a log or a
 * history, opens nothing. Only a form posted from the service's own page is kept ({@link #sentFromItsOwnPage}). The store holds at most {@link #CAPACITY} drafts: anyone may post a form without a valid
 * token, and beyond that the form meets the error page as before.
 */
public class KeptForms {

    /** The query parameter naming a kept draft in the redirect. */
    public static final String PARAMETER = "utkast";
    static final String COOKIE = "LOFTESKOLLEN_FORM_DRAFT";
    static final Duration LIFETIME = Duration.ofMinutes(30);
    static final int CAPACITY = 1000;
    /** The form's CSRF token: expired, and never worth keeping. */
    private static final String CSRF_PARAMETER = "_csrf";

    private record Draft(String path, Map<String, List<String>> values, byte[] secretHash, Instant keptAt) {
    }

    private final Map<String, Draft> drafts = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public KeptForms(Clock clock) {
        this.clock = clock;
    }

    /**
     * Keeps the form {@code request} posted and answers a redirect to its page naming the draft; false (nothing
     * answered) when the store is full.
     */
    boolean keepAndRedirect(HttpServletRequest request, HttpServletResponse response) {
        if (!sentFromItsOwnPage(request)) {
            return false;
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, given) -> {
            if (!CSRF_PARAMETER.equals(name)) {
                values.put(name, List.of(given));
            }
        });
        String path = pathOf(request);
        String secret = randomText();
        Optional<String> id = keep(path, values, secret);
        if (id.isEmpty()) {
            return false;
        }
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, secret)
                .path(request.getContextPath() + path).httpOnly(true).secure(request.isSecure()).sameSite("Lax")
                .maxAge(LIFETIME).build().toString());
        // See Other: the browser asks for the page with GET, signing in on the way when its session is gone.
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + path + "?" + PARAMETER + "=" + id.get());
        return true;
    }

    /**
     * The draft {@code id} names, kept from the form at {@code request}'s path and opened by this browser's cookie;
     * taken away, so it is shown once. Empty when there is none, or no longer.
     */
    public Optional<Map<String, List<String>>> take(String id, HttpServletRequest request) {
        if (id == null) {
            return Optional.empty();
        }
        String secret = null;
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    secret = cookie.getValue();
                }
            }
        }
        return take(id, pathOf(request), secret);
    }

    Optional<String> keep(String path, Map<String, List<String>> values, String secret) {
        forgetExpired();
        if (drafts.size() >= CAPACITY) {
            return Optional.empty();
        }
        String id = randomText();
        drafts.put(id, new Draft(path, Map.copyOf(values), hash(secret), clock.instant()));
        return Optional.of(id);
    }

    Optional<Map<String, List<String>>> take(String id, String path, String secret) {
        forgetExpired();
        Draft draft = drafts.get(id);
        if (draft == null || secret == null || !draft.path().equals(path)
                || !MessageDigest.isEqual(draft.secretHash(), hash(secret))) {
            return Optional.empty();
        }
        return drafts.remove(id, draft) ? Optional.of(draft.values()) : Optional.empty();
    }

    int size() {
        return drafts.size();
    }

    private void forgetExpired() {
        Instant oldest = clock.instant().minus(LIFETIME);
        drafts.values().removeIf(draft -> draft.keptAt().isBefore(oldest));
    }

    /**
     * Was the form posted from a page of this service? Only then is it kept: a form another site posts in the
     * reader's name (which also fails its token) would otherwise come back filled in with what that site chose,
     * asking the reader to send it. The browser says where a request comes from ({@code Sec-Fetch-Site}, or the
     * {@code Origin} of older browsers); a request that says neither is not kept, and meets the error page as before.
     */
    static boolean sentFromItsOwnPage(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        int port = request.getServerPort();
        boolean defaultPort = port == ("https".equals(request.getScheme()) ? 443 : 80);
        return origin.equalsIgnoreCase(request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port));
    }

    /** The request's path within the service, as a service names its kept forms. */
    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private String randomText() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
