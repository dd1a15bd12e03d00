package se.lofteskollen.command.testing;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import se.lofteskollen.command.CommandServiceApplication;

/** A whole command-service of its own on a given database, as a second instance behind a load balancer would be. */
public final class Instance {

    private Instance() {
    }

    public static ConfigurableApplicationContext start(String databaseUrl) {
        return start(databaseUrl, () -> { });
    }

    /**
     * The same, running {@code loggingSetUp} once Spring Boot has set up logging for it (the context prepared, not
     * yet refreshed): Spring Boot sets up logging for the whole JVM, which two starts at the same moment may do at
     * once and fail on, so a second start at once waits for this and then overlaps the first's refresh.
     */
    public static ConfigurableApplicationContext start(String databaseUrl, Runnable loggingSetUp) {
        return new SpringApplicationBuilder(CommandServiceApplication.class)
                .listeners((ApplicationListener<ApplicationPreparedEvent>) prepared -> loggingSetUp.run())
                .run("--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=", "--server.port=0");
    }

    /** Its API, on the port it took. */
    public static Api api(ConfigurableApplicationContext service) {
        String port = service.getEnvironment().getProperty("local.server.port");
        return new Api(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)));
    }
}
