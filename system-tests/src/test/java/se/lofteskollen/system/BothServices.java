package se.lofteskollen.system;

import org.springframework.boot.builder.SpringApplicationBuilder;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;
import se.lofteskollen.command.CommandServiceApplication;
import se.lofteskollen.platform.testing.TestDatabase;
import se.lofteskollen.query.QueryServiceApplication;

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
        this.databaseUrl = TestDatabase.newDatabaseUrl();
        this.command = start(CommandServiceApplication.class, commandPort, extraProperties);
        this.query = start(QueryServiceApplication.class, queryPort, extraProperties);
    }

    /** Settings as command-line arguments: they outrank the services' own property files, as in production. */
    private ConfigurableApplicationContext start(Class<?> application, String... extraProperties) {
        return start(application, 0, extraProperties);
    }

    private ConfigurableApplicationContext start(Class<?> application, int port, String... extraProperties) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=local",
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--server.port=" + port));
        for (String property : extraProperties) {
            arguments.add("--" + property);
        }
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
}
