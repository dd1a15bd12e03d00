package se.lofteskollen.query.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import se.lofteskollen.query.readmodels.ReadYourWrites;

import java.util.concurrent.atomic.AtomicInteger;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One query-service on a fresh real PostgreSQL, shared by every test class that extends this (Spring caches
 * the context). Tests keep apart by their own ids: {@link #id(String)} makes them unique per test instance.
 */
// The pages link to the command-service's forms: at this address in every test.
@SpringBootTest(properties = "lofteskollen.pages.command-service-url=http://command.example/")
@AutoConfigureMockMvc
public abstract class QueryServiceTest {

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected ObjectMapper json;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private ReadYourWrites freshness;

    private final String prefix = "t" + INSTANCES.incrementAndGet() + "-";
    private EventFeed feed;

    protected EventFeed feed() {
        if (feed == null) {
            feed = new EventFeed(eventStore, jdbc, freshness);
        }
        return feed;
    }

    /** An id no other test instance uses. */
    protected String id(String name) {
        return prefix + name;
    }

    /** Performs a request that must answer 200 and returns its JSON body. */
    protected JsonNode getJson(RequestBuilder request) throws Exception {
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return json.readTree(body);
    }
}
