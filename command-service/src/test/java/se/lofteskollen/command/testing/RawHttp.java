package se.lofteskollen.command.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP as a browser or a careless client sends it: any header, any bytes, cookies kept between requests,
 * redirects not followed. For what {@link Api} cannot send.
 */
public final class RawHttp {

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public RawHttp(int port) {
        this.port = port;
    }

    public RawHttp basic(String user, String password) {
        return header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public RawHttp header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public HttpResponse<String> get(String path, String... headerPairs) {
        return send("GET", path, null, headerPairs);
    }

    public HttpResponse<String> send(String method, String path, byte[] body, String... headerPairs) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        for (int i = 0; i < headerPairs.length; i += 2) {
            request.header(headerPairs[i], headerPairs[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> postJson(String path, String json, String... headerPairs) {
        String[] all = new String[headerPairs.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headerPairs, 0, all, 2, headerPairs.length);
        return send("POST", path, json.getBytes(StandardCharsets.UTF_8), all);
    }
}
