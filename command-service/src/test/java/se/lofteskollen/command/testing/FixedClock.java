package se.lofteskollen.command.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Tests live on 30 September 2025, in the middle of the Västervik promise's year. */
@TestConfiguration
public class FixedClock {

    public static final LocalDate TODAY = LocalDate.of(2025, 9, 30);

    @Bean
    @Primary
    Clock fixedClock() {
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        return Clock.fixed(TODAY.atTime(10, 0).atZone(stockholm).toInstant(), stockholm);
    }
}
