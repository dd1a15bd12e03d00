package se.lofteskollen.command.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

/** The command API as a client sees it: JSON in, status and JSON out, as one of the built-in users (or anonymous: {@code null}). */
@TestComponent
public class Api {

    private final TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();

    public Api(TestRestTemplate http) {
        this.http = http;
    }

    public record Answer(HttpStatusCode status, JsonNode body, HttpHeaders headers) {

        public String text(String field) {
            return body.path(field).asText(null);
        }
    }

    public Answer post(String user, String path, String body) {
        return send(user, HttpMethod.POST, path, body, Map.of());
    }

    public Answer post(String user, String path, String body, Map<String, String> headers) {
        return send(user, HttpMethod.POST, path, body, headers);
    }

    public Answer put(String user, String path, String body) {
        return send(user, HttpMethod.PUT, path, body, Map.of());
    }

    public Answer send(String user, HttpMethod method, String path, String body, Map<String, String> headers) {
        RequestEntity.BodyBuilder request = RequestEntity.method(method, URI.create(path)).contentType(MediaType.APPLICATION_JSON);
        headers.forEach(request::header);
        return answer(user, request.body(body));
    }

    /** A body that is not JSON (a CSV file), as the bytes given. */
    public Answer post(String user, String path, byte[] body, MediaType type) {
        return answer(user, RequestEntity.post(URI.create(path)).contentType(type).body(body));
    }

    private Answer answer(String user, RequestEntity<?> request) {
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, user);
        ResponseEntity<String> response = client.exchange(request, String.class);
        try {
            JsonNode answer = response.getBody() == null ? json.missingNode() : json.readTree(response.getBody());
            return new Answer(response.getStatusCode(), answer, response.getHeaders());
        } catch (IOException notJson) {
            throw new UncheckedIOException("not JSON: " + response.getBody(), notJson);
        }
    }
}
