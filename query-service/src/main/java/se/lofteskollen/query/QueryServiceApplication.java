package se.lofteskollen.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

/** Projects the events of the shared event store into read models, and answers every question from them. */
@SpringBootApplication
@PropertySource("classpath:query-service.properties")
public class QueryServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(QueryServiceApplication.class, args);
    }
}
