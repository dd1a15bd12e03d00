package se.lofteskollen.query;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;

import java.time.Clock;
import java.time.ZoneId;

/** Projects the events of the shared event store into read models, and answers every question from them. */
@SpringBootApplication
@PropertySource("classpath:query-service.properties")
public class QueryServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(QueryServiceApplication.class, args);
    }

    /** "Today" and the day a note was written are Swedish days, whatever zone the server runs in. */
    @Bean
    Clock clock(@Value("${lofteskollen.zone:Europe/Stockholm}") ZoneId zone) {
        return Clock.system(zone);
    }
}
