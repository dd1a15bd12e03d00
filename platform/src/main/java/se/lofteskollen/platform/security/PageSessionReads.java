package se.lofteskollen.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.List;

/**
 * Where the API's chain finds who is signed in: in the request only (the API is stateless), except that a GET of one
 * of the paths a service names also finds the person signed in on its browser pages, in the session the pages' chain
 * keeps. A page's own script cannot send credentials of its own (an {@code EventSource} sends no
 * {@code Authorization} header), so what it reads rides on that session. The session is only read: none is created
 * and nothing is written into one, so a Basic or Bearer request still leaves no session behind.
 */
final class PageSessionReads implements SecurityContextRepository {

    private final RequestMatcher paths;
    private final RequestAttributeSecurityContextRepository perRequest = new RequestAttributeSecurityContextRepository();
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final DelegatingSecurityContextRepository requestThenSession;

    PageSessionReads(List<String> paths) {
        this.paths = new OrRequestMatcher(paths.stream()
                .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, path))
                .toList());
        sessions.setAllowSessionCreation(false);
        sessions.setDisableUrlRewriting(true);
        requestThenSession = new DelegatingSecurityContextRepository(perRequest, sessions);
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return paths.matches(request) ? requestThenSession.loadDeferredContext(request)
                : perRequest.loadDeferredContext(request);
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        perRequest.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return perRequest.containsContext(request) || (paths.matches(request) && sessions.containsContext(request));
    }
}
