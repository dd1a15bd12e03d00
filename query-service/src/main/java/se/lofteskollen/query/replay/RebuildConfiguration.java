package se.lofteskollen.query.replay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.lofteskollen.platform.security.SecurityEventLog;

import java.util.List;

@Configuration
public class RebuildConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RebuildConfiguration.class);

    @Bean
    RebuildEndpoint rebuildEndpoint(Rebuild rebuild, SecurityEventLog securityEvents) {
        return new RebuildEndpoint(rebuild, securityEvents);
    }

    /**
     * The start flag: {@code --lofteskollen.rebuild.on-start=true} replays every projection once this instance is
     * up. Meant for a single instance (or the first one) after an upgrade that changes a read model.
     */
    @Bean
    @ConditionalOnProperty(name = "lofteskollen.rebuild.on-start", havingValue = "true")
    ApplicationRunner rebuildOnStart(Rebuild rebuild) {
        return arguments -> {
            List<Rebuild.Started> outcomes = rebuild.rebuild(List.of());
            outcomes.stream().filter(outcome -> !outcome.started())
                    .forEach(refused -> log.error("Rebuild on start of {} refused: {}", refused.processor(), refused.detail()));
        };
    }
}
