package se.lofteskollen.command.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The command-service over HTTP on a random port, on a fresh real PostgreSQL database, in the {@code local} profile
 * unless the test names another (the platform's test support chooses it), with the default data set loaded and the clock fixed at {@link FixedClock#TODAY}. Test classes that use only this share
 * one application context (and one database), so each test works on ids of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lofteskollen.pages.query-service-url=http://query.example/")
@Import({FixedClock.class, Api.class, EventStoreRows.class})
public @interface CommandServiceTest {
}
