package se.lofteskollen.platform.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The pieces of web security both services share: {@link ServiceSecurity} (each service builds its filter
 * chain with it), the security event log, the request body limit, problem details for requests the
 * firewall rejects and for the container's error page.
 */
@AutoConfiguration(after = {TokenSecurityAutoConfiguration.class, LocalSecurityAutoConfiguration.class},
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

    @Bean
    ServiceSecurity serviceSecurity(SecurityEventLog events, ServiceSecurityProperties properties,
                                    ObjectProvider<UserDetailsService> builtInUsers, ObjectProvider<JwtDecoder> tokens,
                                    ObjectProvider<JwtIdentityConverter> tokenIdentity) {
        JwtDecoder decoder = tokens.getIfAvailable();
        JwtIdentityConverter identity = tokenIdentity.getIfAvailable(() -> new JwtIdentityConverter(properties.getJwt()));
        return new ServiceSecurity(events, properties, builtInUsers.getIfAvailable() != null, decoder, identity);
    }

    /** Before Spring Security, so that an oversized body is refused before anything reads it. */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(ServiceSecurityProperties properties) {
        FilterRegistrationBean<RequestBodyLimit> registration =
                new FilterRegistrationBean<>(new RequestBodyLimit(properties.getMaxBodySize().toBytes()));
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
    @ConditionalOnMissingBean(org.springframework.boot.web.servlet.error.ErrorController.class)
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }
}
