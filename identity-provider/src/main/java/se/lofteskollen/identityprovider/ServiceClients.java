package se.lofteskollen.identityprovider;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code lofteskollen.identity-provider.clients.<client-id>=<base URL>}: each service's client, by the address
 * browsers reach it at. The client id is the service's application name, which the services' local issuer uses.
 */
@ConfigurationProperties("lofteskollen.identity-provider")
public class ServiceClients {

    /** The issuer's own URL; when empty, the URL a request reached it by (fine on one machine). */
    private String issuer;
    private Map<String, String> clients = new LinkedHashMap<>();

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public Map<String, String> getClients() {
        return clients;
    }

    public void setClients(Map<String, String> clients) {
        this.clients = clients;
    }

    /** The name under which the services register this provider ({@code lofteskollen.security.issuers.local}). */
    static final String REGISTRATION = "local";

    static String redirectUri(String baseUrl) {
        return baseUrl + "/login/oauth2/code/" + REGISTRATION;
    }

    static String postLogoutRedirectUri(String baseUrl) {
        return baseUrl + "/login?logout";
    }

    static String backChannelLogoutUri(String baseUrl) {
        return baseUrl + "/logout/connect/back-channel/" + REGISTRATION;
    }
}
