package se.lofteskollen.system;

import org.springframework.boot.builder.SpringApplicationBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import se.lofteskollen.command.CommandServiceApplication;
import se.lofteskollen.platform.testing.TestDatabase;
import se.lofteskollen.query.QueryServiceApplication;

import static org.awaitility.Awaitility.await;

/**
 * The command-service and the query-service as two separate application contexts, on random ports,
 * sharing one fresh PostgreSQL database: the deployment in miniature.
 */
public final class BothServices implements AutoCloseable {

    private final String databaseUrl;
    private final ConfigurableApplicationContext command;
    private final ConfigurableApplicationContext query;

    public BothServices(String... extraProperties) {
        this(0, 0, extraProperties);
    }

    /**
     * On these ports (0: any free one), for a deployment whose identity provider must know where the services are.
     * The local profile: the API takes the built-in users with Basic, pages sign in at the local identity provider.
     */
    public BothServices(int commandPort, int queryPort, String... extraProperties) {
        this(TestDatabase.newDatabaseUrl(), with("server.port=" + commandPort, extraProperties),
                with("server.port=" + queryPort, extraProperties));
    }

    /**
     * Both services on a database prepared by the caller, each with settings of its own ({@code key=value}),
     * e.g. the database role it connects as.
     */
    public BothServices(String databaseUrl, List<String> commandProperties, List<String> queryProperties) {
        this.databaseUrl = databaseUrl;
        this.command = start(CommandServiceApplication.class, commandProperties.toArray(String[]::new));
        this.query = start(QueryServiceApplication.class, queryProperties.toArray(String[]::new));
    }

    /**
     * Settings as command-line arguments: they outrank the services' own property files, as in production.
     * A setting given replaces the default of the same name (a name given twice would reach Spring as both
     * values joined by a comma).
     */
    private ConfigurableApplicationContext start(Class<?> application, String... extraProperties) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", databaseUrl);
        settings.put("spring.datasource.username", "postgres");
        settings.put("spring.datasource.password", "");
        settings.put("spring.profiles.active", "local");
        settings.put("server.port", "0");
        for (String property : extraProperties) {
            int equals = property.indexOf('=');
            settings.put(property.substring(0, equals), property.substring(equals + 1));
        }
        List<String> arguments = new ArrayList<>();
        settings.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return new SpringApplicationBuilder(application).run(arguments.toArray(String[]::new));
    }

    public String databaseUrl() {
        return databaseUrl;
    }

    /** Where a browser reaches the command-service, e.g. {@code http://localhost:41234}. */
    public String commandUrl() {
        return url(command);
    }

    public String queryUrl() {
        return url(query);
    }

    public RestClient commandApi(String user) {
        return client(command, user);
    }

    public RestClient queryApi(String user) {
        return client(query, user);
    }

    /**
     * A coordinator creates a promise with one commitment (1.1, the Tistel network's four meetings) on the
     * command side; returns the commitment as the query side reads it, once it does (within {@code wait}).
     */
    public Map<?, ?> pledgeOneCommitment(String promiseId, Duration wait) {
        commandApi("samordnare").post().uri("/api/promises")
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"promiseId":"%s","year":2025,"title":"Prov","policeArea":"LPO Prov","municipality":"Provs kommun","policeRegion":"Polisregion Öst","county":"Kalmar län","priorityAreas":[{"code":"1","name":"Organiserad brottslighet"},{"code":"2","name":"Unga"},{"code":"3","name":"Nära relation"},{"code":"4","name":"Heder"},{"code":"5","name":"Välfärdsbrott"},{"code":"6","name":"Brottskoncentrationer"},{"code":"7","name":"Narkotika"},{"code":"8","name":"Trafik"}]}
                        """.formatted(promiseId))
                .retrieve().toBodilessEntity();
        commandApi("samordnare").post().uri("/api/promises/{promiseId}/commitments", promiseId)
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"code":"1.1","priorityArea":"1","responsible":["POLICE","MUNICIPALITY"],
                         "text":"Tistel ska träffas minst fyra gånger per år",
                         "targets":[{"type":"COUNT","measure":{"report":"MEETING","network":"TISTEL"},"atLeast":4}]}
                        """)
                .retrieve().toBodilessEntity();
        return await().atMost(wait).ignoreException(HttpClientErrorException.NotFound.class)
                .until(() -> queryApi("ledning").get().uri("/api/commitments/{id}", promiseId + "-1.1")
                        .retrieve().body(Map.class), body -> body != null);
    }

    /** Another query-service on the same database, as when an operator scales out. */
    public ConfigurableApplicationContext startAnotherQueryService(String... extraProperties) {
        return start(QueryServiceApplication.class, extraProperties);
    }

    /** Stops the first query-service (gracefully: it releases its processor segments). */
    public void stopQueryService() {
        query.close();
    }

    public static RestClient api(ConfigurableApplicationContext context, String user) {
        return client(context, user);
    }

    public <T> T commandBean(Class<T> type) {
        return command.getBean(type);
    }

    public <T> T queryBean(Class<T> type) {
        return query.getBean(type);
    }

    private static String url(ConfigurableApplicationContext context) {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static RestClient client(ConfigurableApplicationContext context, String user) {
        RestClient.Builder builder = RestClient.builder().baseUrl(url(context));
        if (user != null) {
            builder.defaultHeaders(headers -> headers.setBasicAuth(user, user));
        }
        return builder.build();
    }

    @Override
    public void close() {
        query.close();
        command.close();
    }

    private static List<String> with(String first, String... rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all;
    }
}
