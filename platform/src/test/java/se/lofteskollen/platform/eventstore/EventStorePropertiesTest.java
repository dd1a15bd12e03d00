package se.lofteskollen.platform.eventstore;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The event store's settings, as the compose files and an operator give them. */
class EventStorePropertiesTest {

    private static EventStoreProperties bind(MutablePropertySources sources) {
        return new Binder(ConfigurationPropertySources.from(sources))
                .bind("lofteskollen.event-store", EventStoreProperties.class).get();
    }

    @Test
    void theOwnerIsTakenFromEnvironmentVariablesAsTheComposeFilesNameThem() {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "LOFTESKOLLEN_EVENT_STORE_MIGRATION_USERNAME", "lofteskollen_owner",
                "LOFTESKOLLEN_EVENT_STORE_MIGRATION_PASSWORD", "owner-secret",
                "LOFTESKOLLEN_EVENT_STORE_ACCESS", "read")));

        EventStoreProperties properties = bind(sources);

        assertThat(properties.getMigration().getUsername()).isEqualTo("lofteskollen_owner");
        assertThat(properties.getMigration().getPassword()).isEqualTo("owner-secret");
        assertThat(properties.getMigration().getUrl()).isNull();
        assertThat(properties.getAccess()).isEqualTo(EventStoreAccess.READ);
    }

    @Test
    void withoutAnOwnerTheServiceMigratesAsItself() {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new MapPropertySource("defaults", Map.of("lofteskollen.event-store.access", "append")));

        EventStoreProperties properties = bind(sources);

        assertThat(properties.getMigration().getUsername()).isNull();
        assertThat(properties.getAccess()).isEqualTo(EventStoreAccess.APPEND);
    }
}
