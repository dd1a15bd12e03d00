package se.lofteskollen.command.access;

import org.junit.jupiter.api.Test;
import se.lofteskollen.command.commitment.AddStatusNote;
import se.lofteskollen.command.commitment.PledgeCommitment;
import se.lofteskollen.command.commitment.ReachMilestone;
import se.lofteskollen.command.commitment.ReviseCommitment;
import se.lofteskollen.command.commitment.SetBaseline;
import se.lofteskollen.command.commitment.WithdrawCommitment;
import se.lofteskollen.command.identity.Identity;
import se.lofteskollen.command.lookup.InMemoryCommitmentDirectory;
import se.lofteskollen.command.promise.ClosePromise;
import se.lofteskollen.command.promise.CreatePromise;
import se.lofteskollen.command.promise.SignPromise;
import se.lofteskollen.command.report.RecordMeeting;
import se.lofteskollen.command.report.ReportActivity;
import se.lofteskollen.command.report.ReportPlaceVisit;
import se.lofteskollen.command.report.RetractReport;
import se.lofteskollen.command.rules.NotPermitted;
import se.lofteskollen.events.ActivityKind;
import se.lofteskollen.events.Network;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.PriorityArea;
import se.lofteskollen.events.Place;
import se.lofteskollen.events.promise.PromiseParty;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of who may send which command, on what, one by one. */
class CommandPermissionsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 5, 20);
    private static final Map<String, Object> COORDINATOR = sender("samordnare", "COORDINATOR", "MUNICIPALITY,POLICE");
    private static final Map<String, Object> POLICE_REPORTER = sender("polis", "REPORTER", "POLICE");
    private static final Map<String, Object> MUNICIPALITY_REPORTER = sender("kommun", "REPORTER", "MUNICIPALITY");
    private static final Map<String, Object> MANAGEMENT = sender("ledning", "MANAGEMENT", "MUNICIPALITY,POLICE");

    private final CommandPermissions permissions = new CommandPermissions(new InMemoryCommitmentDirectory()
            .promise("p", 2025)
            .commitment("police", "p", "6.2", Party.POLICE)
            .commitment("municipality", "p", "7.1", Party.MUNICIPALITY)
            .commitment("joint", "p", "1.1", Party.POLICE, Party.MUNICIPALITY)
            .reported("by-police", List.of("police"), "POLICE")
            .reported("by-coordinator", List.of("joint"), "POLICE", "MUNICIPALITY")
            .reported("by-the-service", List.of("joint"))
            // Hultsfred's promise: its police party is acted on by LPO Vimmerby, its municipality by Hultsfreds kommun.
            .promise("h", 2025)
            .actedOnBy("h", Map.of("POLICE", "LPO_VIMMERBY", "MUNICIPALITY", "HULTSFREDS_KOMMUN"))
            .commitment("h-police", "h", "6.2", Party.POLICE)
            .commitment("h-joint", "h", "1.1", Party.POLICE, Party.MUNICIPALITY)
            .reported("h-by-vimmerby", List.of("h-police"), "LPO_VIMMERBY"));
    private static final Map<String, Object> HULTSFRED_COORDINATOR =
            sender("hultsfred", "COORDINATOR", "HULTSFREDS_KOMMUN,LPO_VIMMERBY");
    private static final Map<String, Object> VIMMERBY_REPORTER = sender("vimmerby", "REPORTER", "LPO_VIMMERBY");
    private static final Map<String, Object> NATIONAL_READER = sender("nationell", "NATIONAL_READER", null);

    private static Map<String, Object> sender(String user, String role, String organisation) {
        return new Identity(user, user, organisation, role, "api").asMetaData();
    }

    private static List<Object> coordinatorsWork() {
        return List.of(new CreatePromise("p2", 2025, "T", "LPO", "K", List.of(new PriorityArea("1", "Område")), List.of(), "Region", "Län", null),
                new SignPromise("p", DAY, List.of(), DAY),
                new ClosePromise("p", DAY, null, DAY),
                new PledgeCommitment("c", "p", "9.1", "8", Set.of("POLICE"), "T", List.of(), null),
                new ReviseCommitment("police", "T", null, null, "R"),
                new WithdrawCommitment("police", "R"),
                new SetBaseline("police", 12, "B"));
    }

    private static ReportActivity activityOn(String... commitmentIds) {
        return new ReportActivity("a", ActivityKind.FOOT_PATROL, List.of(commitmentIds), DAY, 1, null, null, DAY);
    }

    @Test
    void onlyACoordinatorCreatesSignsAndClosesPromisesAndPledgesRevisesWithdrawsAndSetsBaselines() {
        for (Object command : coordinatorsWork()) {
            assertThatCode(() -> permissions.check(command, COORDINATOR)).doesNotThrowAnyException();
            for (Map<String, Object> other : List.of(POLICE_REPORTER, MUNICIPALITY_REPORTER, MANAGEMENT)) {
                assertThatThrownBy(() -> permissions.check(command, other))
                        .as(command.getClass().getSimpleName())
                        .isInstanceOf(NotPermitted.class).hasMessageStartingWith("only a coordinator may");
            }
        }
    }

    @Test
    void aReporterReportsOnCommitmentsItsOrganisationAnswersForOrJointOnes() {
        for (Object command : List.of(activityOn("police"), activityOn("joint", "police"),
                new RecordMeeting("m", Network.TISTEL, DAY, List.of("joint"), 5, null, DAY),
                new ReportPlaceVisit("v", "police", new Place("Torget", null, null, null), DAY, null, "Närvaro", DAY),
                new ReachMilestone("police", "m", DAY, null, DAY),
                new AddStatusNote("joint", "n", "Pågår"))) {
            assertThatCode(() -> permissions.check(command, POLICE_REPORTER)).doesNotThrowAnyException();
        }
    }

    @Test
    void aReporterMayNotReportOnAnotherOrganisationsCommitmentNamingWhichOne() {
        assertThatThrownBy(() -> permissions.check(activityOn("joint", "municipality"), POLICE_REPORTER))
                .isInstanceOfSatisfying(NotPermitted.class, denied -> {
                    assertThat(denied.field()).isEqualTo("commitmentIds[1]");
                    assertThat(denied.getMessage()).isEqualTo("POLICE does not answer for commitment municipality (MUNICIPALITY does)");
                });
        assertThatThrownBy(() -> permissions.check(new AddStatusNote("police", "n", "x"), MUNICIPALITY_REPORTER))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> permissions.check(new ReachMilestone("police", "m", DAY, null, DAY), MUNICIPALITY_REPORTER))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void aCommitmentThatDoesNotExistIsLeftForTheAggregateToFindMissing() {
        assertThatCode(() -> permissions.check(activityOn("no-such-commitment"), POLICE_REPORTER)).doesNotThrowAnyException();
    }

    @Test
    void aReporterRetractsOnlyItsOwnOrganisationsReports() {
        assertThatCode(() -> permissions.check(new RetractReport("by-police", "R"), POLICE_REPORTER)).doesNotThrowAnyException();
        for (String report : List.of("by-coordinator", "by-the-service")) {
            assertThatThrownBy(() -> permissions.check(new RetractReport(report, "R"), POLICE_REPORTER))
                    .isInstanceOfSatisfying(NotPermitted.class, denied -> assertThat(denied.field()).isEqualTo("reportId"));
        }
        assertThatThrownBy(() -> permissions.check(new RetractReport("by-police", "R"), MUNICIPALITY_REPORTER))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void aCoordinatorReportsOnAndRetractsAnythingInTheirPromise() {
        assertThatCode(() -> permissions.check(activityOn("police", "municipality"), COORDINATOR)).doesNotThrowAnyException();
        assertThatCode(() -> permissions.check(new RetractReport("by-the-service", "R"), COORDINATOR)).doesNotThrowAnyException();
    }

    @Test
    void managementWritesNothing() {
        assertThatThrownBy(() -> permissions.check(activityOn("joint"), MANAGEMENT)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> permissions.check(new RetractReport("by-police", "R"), MANAGEMENT)).isInstanceOf(NotPermitted.class);
    }

    @Test
    void aReporterWithoutAnOrganisationOrAUserWithoutARoleMayNotReport() {
        assertThatThrownBy(() -> permissions.check(activityOn("joint"), sender("x", "REPORTER", null)))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> permissions.check(activityOn("joint"), sender("x", null, "POLICE")))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void aUserHoldingSeveralRolesHasTheRightsOfEach() {
        assertThatCode(() -> permissions.check(new WithdrawCommitment("police", "R"),
                sender("x", "COORDINATOR,MANAGEMENT", "POLICE"))).doesNotThrowAnyException();
    }

    @Test
    void aCoordinatorWorksOnlyInPromisesTheirOrganisationsActIn() {
        for (Object command : coordinatorsWork().subList(1, coordinatorsWork().size())) {
            assertThatThrownBy(() -> permissions.check(command, HULTSFRED_COORDINATOR))
                    .as(command.getClass().getSimpleName())
                    .isInstanceOf(NotPermitted.class).hasMessageContaining("promise p is not coordinated by "
                            + "HULTSFREDS_KOMMUN and LPO_VIMMERBY; its organisations are MUNICIPALITY and POLICE");
        }
        for (Object command : List.of(new SignPromise("h", DAY, List.of(), DAY),
                new PledgeCommitment("c", "h", "9.1", "8", Set.of("POLICE"), "T", List.of(), null),
                new WithdrawCommitment("h-police", "R"), activityOn("h-police", "h-joint"),
                new RetractReport("h-by-vimmerby", "R"))) {
            assertThatCode(() -> permissions.check(command, HULTSFRED_COORDINATOR)).doesNotThrowAnyException();
            assertThatThrownBy(() -> permissions.check(command, COORDINATOR)).as("Västervik's coordinator")
                    .isInstanceOf(NotPermitted.class);
        }
    }

    @Test
    void aCoordinatorCreatesOnlyAPromiseTheirOwnOrganisationActsIn() {
        CreatePromise vastervikOrganisations = (CreatePromise) coordinatorsWork().get(0);
        CreatePromise hultsfreds = new CreatePromise("h2", 2026, "T", "LPO Vimmerby", "Hultsfreds kommun",
                List.of(new PriorityArea("1", "Område")),
                List.of(new PromiseParty("POLICE", "LPO Vimmerby", "lpo_vimmerby"),
                        new PromiseParty("MUNICIPALITY", "Hultsfreds kommun", "HULTSFREDS_KOMMUN")), "Region", "Län", null);

        assertThatCode(() -> permissions.check(hultsfreds, HULTSFRED_COORDINATOR)).doesNotThrowAnyException();
        assertThatThrownBy(() -> permissions.check(vastervikOrganisations, HULTSFRED_COORDINATOR))
                .isInstanceOfSatisfying(NotPermitted.class, denied -> {
                    assertThat(denied.field()).isEqualTo("parties");
                    assertThat(denied.getMessage()).contains("HULTSFREDS_KOMMUN and LPO_VIMMERBY is none of "
                            + "MUNICIPALITY and POLICE");
                });
        assertThatThrownBy(() -> permissions.check(hultsfreds, COORDINATOR)).isInstanceOf(NotPermitted.class);
    }

    @Test
    void aCoordinatorRenewsOnlyAPromiseTheyCoordinate() {
        CreatePromise renewingHultsfreds = new CreatePromise("h-next", 2026, "T", "LPO", "K",
                List.of(new PriorityArea("1", "Område")), List.of(), "Region", "Län", "h");

        assertThatThrownBy(() -> permissions.check(renewingHultsfreds, COORDINATOR))
                .isInstanceOf(NotPermitted.class).hasMessageContaining("promise h is not coordinated by");
        assertThatCode(() -> permissions.check(new CreatePromise("p-next", 2026, "T", "LPO", "K",
                List.of(new PriorityArea("1", "Område")), List.of(), "Region", "Län", "p"), COORDINATOR))
                .doesNotThrowAnyException();
    }

    @Test
    void aReporterReportsOnlyWhereTheirOwnOrganisationActsAsAResponsibleParty() {
        assertThatCode(() -> permissions.check(activityOn("h-police", "h-joint"), VIMMERBY_REPORTER))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> permissions.check(activityOn("police"), VIMMERBY_REPORTER))
                .as("the police of another promise").isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> permissions.check(activityOn("h-police"), POLICE_REPORTER))
                .as("a party of the same code in another promise")
                .isInstanceOfSatisfying(NotPermitted.class, denied -> assertThat(denied.getMessage())
                        .isEqualTo("POLICE does not answer for commitment h-police (LPO_VIMMERBY does)"));
        assertThatCode(() -> permissions.check(new RetractReport("h-by-vimmerby", "R"), VIMMERBY_REPORTER))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> permissions.check(new RetractReport("by-police", "R"), VIMMERBY_REPORTER))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void theNationalReaderWritesNothing() {
        for (Object command : List.of(coordinatorsWork().get(1), activityOn("joint"), new RetractReport("by-police", "R"))) {
            assertThatThrownBy(() -> permissions.check(command, NATIONAL_READER)).isInstanceOf(NotPermitted.class);
        }
    }

    @Test
    void theServiceItselfMayLoadItsDefaultData() {
        for (Object command : coordinatorsWork()) {
            assertThatCode(() -> permissions.check(command, Identity.SYSTEM.asMetaData())).doesNotThrowAnyException();
        }
    }

    @Test
    void aCommandNoRuleNamesIsRefused() {
        assertThatThrownBy(() -> permissions.check("some new command", COORDINATOR))
                .isInstanceOf(NotPermitted.class).hasMessage("no rule permits String");
    }
}
