package se.lofteskollen.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import se.lofteskollen.events.PromiseEvent;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EveryEventIsAuditedTest {

    @Test
    void everyEventOfThePublishedLanguageHasOneChangeInTheAudit() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(PromiseEvent.class));
        List<String> events = scanner.findCandidateComponents("se.lofteskollen.events").stream()
                .map(BeanDefinition::getBeanClassName).toList();

        AuditProjection audit = new AuditProjection(null, null, null, new ObjectMapper());

        assertThat(events).hasSizeGreaterThanOrEqualTo(13);
        assertThat(audit.audited().stream().map(Class::getName)).containsExactlyInAnyOrderElementsOf(events);
        assertThat(audit.audited()).hasSize(AuditProjection.Change.values().length);
    }
}
