package se.lofteskollen.command.dispatch;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;
import se.lofteskollen.command.commitment.WithdrawCommitment;
import se.lofteskollen.command.report.ReportPlaceVisit;
import se.lofteskollen.command.report.RetractReport;
import se.lofteskollen.events.Place;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class RememberedCommandTargetsTest {

    private final CommandTargetResolver remembered = new RememberedCommandTargets();
    private final CommandTargetResolver axons = AnnotationCommandTargetResolver.builder().build();

    record Versioned(@TargetAggregateIdentifier String id, @TargetAggregateVersion Long version) {
    }

    record Untargeted(String id) {
    }

    record Targeted(@TargetAggregateIdentifier String id) {
    }

    static final class ByMethod {
        @TargetAggregateIdentifier
        String target() {
            return "by-method";
        }
    }

    @Test
    void aCommandIsAimedAtTheAggregateItsAnnotatedMemberNamesAsAxonWouldAimIt() {
        Object[] commands = {
                new ReportPlaceVisit("visit-1", "c-6.2", new Place("Stora torget", "Centrum", null, null),
                        LocalDate.of(2025, 3, 1), null, "Synlig närvaro", LocalDate.of(2025, 3, 2)),
                new RetractReport("visit-1", "Fel dag"),
                new WithdrawCommitment("c-6.2", "Ersatt av 6.3"),
                new ByMethod(),
                new Versioned("v-1", 4L)};
        for (Object command : commands) {
            VersionedAggregateIdentifier target = remembered.resolveTarget(GenericCommandMessage.asCommandMessage(command));
            VersionedAggregateIdentifier expected = axons.resolveTarget(GenericCommandMessage.asCommandMessage(command));
            assertThat(target.getIdentifier()).as(command.getClass().getSimpleName()).isEqualTo(expected.getIdentifier());
            assertThat(target.getVersion()).as(command.getClass().getSimpleName()).isEqualTo(expected.getVersion());
        }
    }

    @Test
    void theSameClassIsAnsweredForEachCommandItCarries() {
        assertThat(remembered.resolveTarget(GenericCommandMessage.asCommandMessage(new RetractReport("r-1", null)))
                .getIdentifier()).isEqualTo("r-1");
        assertThat(remembered.resolveTarget(GenericCommandMessage.asCommandMessage(new RetractReport("r-2", null)))
                .getIdentifier()).isEqualTo("r-2");
    }

    @Test
    void aCommandThatNamesNoAggregateIsRefusedAsAxonRefusesIt() {
        Throwable axonsRefusal = catchThrowable(() -> axons.resolveTarget(GenericCommandMessage.asCommandMessage(new Untargeted("x"))));
        assertThatThrownBy(() -> remembered.resolveTarget(GenericCommandMessage.asCommandMessage(new Untargeted("x"))))
                .isInstanceOf(axonsRefusal.getClass()).hasMessage(axonsRefusal.getMessage());
    }

    @Test
    void aCommandWhoseIdentifierIsNullIsRefusedAsAxonRefusesIt() {
        Targeted command = new Targeted(null);
        Throwable axonsRefusal = catchThrowable(() -> axons.resolveTarget(GenericCommandMessage.asCommandMessage(command)));
        assertThatThrownBy(() -> remembered.resolveTarget(GenericCommandMessage.asCommandMessage(command)))
                .isInstanceOf(axonsRefusal.getClass()).hasMessage(axonsRefusal.getMessage());
    }
}
