package se.lofteskollen.platform.security;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.beans.factory.annotation.Value;
import se.lofteskollen.platform.security.signin.SignIn;
import se.lofteskollen.platform.security.signin.SignInAutoConfiguration;

import java.time.Clock;

/**
 * The pieces of web security both services share: {@link ServiceSecurity} and {@link BrowserPageSecurity}
 * (each service builds its API chain and its browser pages' chain with them), the security event log, the request body limit, and problem details wherever a request
 * can be refused outside a service's controllers (the firewall, the error page, Tomcat itself).
 */
@AutoConfiguration(after = {SignInAutoConfiguration.class, LocalSecurityAutoConfiguration.class},
        before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({HttpSecurity.class, EndpointRequest.class})
@EnableConfigurationProperties(ServiceSecurityProperties.class)
public class WebSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SecurityEventLog securityEventLog() {
        return new SecurityEventLog();
    }

    /**
     * Spring Security wraps every filter, the authentication and the authorisation of every request in an observation
     * of its own when a registry is there. Switched off by name ({@code management.observations.enable}) they still
     * wrapped everything, each observation made and dropped per filter. Refusals and failed sign-ins are on the
     * security log; a request's time is in {@code http.server.requests}.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ServiceSecurity serviceSecurity(SecurityEventLog events, ServiceSecurityProperties properties,
                                    ObjectProvider<UserDetailsService> builtInUsers, SignIn signIn) {
        return new ServiceSecurity(events, properties, builtInUsers.getIfAvailable() != null, signIn);
    }

    @Bean
    KeptForms keptForms() {
        return new KeptForms(Clock.systemUTC());
    }

    @Bean
    BrowserPageSecurity browserPageSecurity(SecurityEventLog events, SignIn signIn,
                                            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie,
                                            KeptForms keptForms) {
        return new BrowserPageSecurity(events, signIn, sessionCookie, keptForms);
    }

    /** Before Spring Security, so that an oversized body is refused before anything reads it. */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(ServiceSecurityProperties properties) {
        FilterRegistrationBean<RequestBodyLimit> registration =
                new FilterRegistrationBean<>(new RequestBodyLimit(properties.getMaxBodySize().toBytes(), properties.getMaxCsvSize().toBytes()));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    /** A URL the firewall refuses (encoded slashes, a NUL, a line break...): 400 problem details, logged. */
    @Bean
    WebSecurityCustomizer rejectedRequestsAsProblems(SecurityEventLog events) {
        return web -> web.requestRejectedHandler((request, response, rejected) -> {
            events.accessDenied(request, null, "request rejected by the firewall");
            ProblemResponses.write(request, response, HttpStatus.BAD_REQUEST, "Invalid request",
                    "the request's URL or headers are not acceptable");
        });
    }

    @Bean
    PlatformProblems platformProblems(SecurityEventLog events) {
        return new PlatformProblems(events);
    }

    /**
     * Tomcat's own error page (for a request it cannot even decode) becomes problem details. Ordered last, so
     * that it replaces the error report valve Spring Boot installs.
     */
    @Bean
    @ConditionalOnClass(Tomcat.class)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
        return new ProblemReportValveInstaller();
    }

    static final class ProblemReportValveInstaller
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Pipeline pipeline = context.getParent().getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new ProblemReportValve());
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    @Bean
    @ConditionalOnMissingBean(org.springframework.boot.web.servlet.error.ErrorController.class)
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }
}
