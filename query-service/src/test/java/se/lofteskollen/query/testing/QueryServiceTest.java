package se.lofteskollen.query.testing;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import se.lofteskollen.query.replay.ReadYourWrites;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One query-service on a fresh real PostgreSQL, shared by every test class that extends this (Spring caches
 * the context). Tests keep apart by their own ids: {@link #id(String)} makes them unique.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class QueryServiceTest {

    private static final AtomicInteger TESTS = new AtomicInteger();

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private ReadYourWrites freshness;

    protected EventFeed feed;
    private String prefix;

    @BeforeEach
    void newFeed(TestInfo test) {
        feed = new EventFeed(eventStore, jdbc, freshness);
        prefix = "t" + TESTS.incrementAndGet() + "-";
    }

    /** An id no other test uses. */
    protected String id(String name) {
        return prefix + name;
    }
}
