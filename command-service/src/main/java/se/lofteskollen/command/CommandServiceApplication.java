package se.lofteskollen.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;

import java.time.Clock;
import java.time.ZoneId;

/** Takes commands over HTTP, decides them in aggregates, and appends the events to PostgreSQL. */
@SpringBootApplication
@PropertySource("classpath:command-service.properties")
public class CommandServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandServiceApplication.class, args);
    }

    /** "Today" is the day in Sweden, where the promises are kept; tests replace this clock with a fixed one. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Stockholm"));
    }
}
