package se.lofteskollen.platform.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An identity provider in miniature for tests: its own signing key, whose public half is served as a JWK set on a
 * local HTTP server (no network beyond this machine), and tokens signed with it. Several may run side by side, as
 * the police's and the municipality's providers do in a deployment.
 */
public final class TestIssuer {

    private static HttpServer server;

    private final String issuer;
    private final RSAKey key;
    private final String path;

    public TestIssuer(String issuer) {
        this.issuer = issuer;
        try {
            this.key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        this.path = "/" + key.getKeyID() + "/jwks";
        byte[] keys = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server().createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            exchange.getResponseBody().write(keys);
            exchange.close();
        });
    }

    private static synchronized HttpServer server() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.start();
        }
        return server;
    }

    public String issuer() {
        return issuer;
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + server().getAddress().getPort() + path;
    }

    /**
     * The settings that make a service trust this issuer as {@code lofteskollen.security.issuers.<name>}, with the
     * default claim names; {@code more} adds others (e.g. {@code claims.roles=groups}).
     */
    public List<String> settings(String name, String clientId, String audience, String... more) {
        String prefix = "lofteskollen.security.issuers." + name + ".";
        List<String> settings = new ArrayList<>(List.of(prefix + "issuer-uri=" + issuer, prefix + "client-id=" + clientId,
                prefix + "audiences=" + audience, prefix + "jwk-set-uri=" + jwkSetUri()));
        for (String setting : more) {
            settings.add(prefix + setting);
        }
        return settings;
    }

    /** The claims, signed with this issuer's key (the {@code iss} is the caller's: a test may spoil it). */
    public String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
