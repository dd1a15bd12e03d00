package se.lofteskollen.query.rebuild;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.lifecycle.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import se.lofteskollen.platform.security.SecurityEventLog;
import se.lofteskollen.query.deadletters.OneEventAtATime;
import se.lofteskollen.query.deadletters.RebuildDeadLetters;
import se.lofteskollen.query.readmodels.BatchCommits;

import java.util.List;

@Configuration
public class RebuildConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RebuildConfiguration.class);

    @Bean
    ShadowProcessor shadowProcessor(RebuildDeadLetters deadLetters, OneEventAtATime oneAtATime,
                                    ObjectProvider<JdbcTemplate> jdbc, BatchCommits commits) {
        return new ShadowProcessor(deadLetters, oneAtATime, jdbc, commits);
    }

    /** Before the processor starts: a deployment still on one processor per read model is rebuilt into the one. */
    @Bean
    ConfigurerModule upgradeToOneProcessor(ObjectProvider<JdbcTemplate> jdbc,
                                           @Value("${lofteskollen.read-models.segments:1}") int segments) {
        return configurer -> configurer.onInitialize(configuration -> configuration.onStart(
                Phase.INBOUND_EVENT_CONNECTORS - 1,
                () -> new ProcessorUpgrade(jdbc.getObject(), segments).upgradeIfNeeded(configuration)));
    }

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
