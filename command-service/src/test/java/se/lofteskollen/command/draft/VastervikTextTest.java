package se.lofteskollen.command.draft;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lofteskollen.command.commitment.PledgeCommitment;
import se.lofteskollen.command.draft.PromiseDraft.NewCommitment;
import se.lofteskollen.command.seed.VastervikPromise2025;
import se.lofteskollen.events.Party;
import se.lofteskollen.events.Target;
import se.lofteskollen.events.promise.PromiseParty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published text of Västervik's 2025 promise (shared/seed) reads as the default data set encodes it: the
 * 24 commitments, who answers for each, and the targets of the seed's table (milestone names aside).
 */
class VastervikTextTest {

    static String markdown;
    static PromiseDraft draft;

    @BeforeAll
    static void readTheText() throws IOException {
        try (InputStream text = VastervikTextTest.class.getResourceAsStream("/draft/medborgarlofte-2025-vastervik.md")) {
            markdown = new String(text.readAllBytes(), StandardCharsets.UTF_8);
        }
        draft = PromiseDrafts.read(markdown);
    }

    @Test
    void theTextAsAPdfGivesItWithoutMarkdownBulletsOrBracketedPartiesReadsTheSame() {
        String plain = markdown
                .replaceAll("(?m)^#+ ", "")
                .replaceAll("(?m)^- (\\d+\\.\\d+) \\([^)]*\\) ", "$1 ")
                .replaceAll("(?m)^  ", "");
        assertThat(plain).doesNotContain("### ").doesNotContain("- 6.2 (Polisen)").contains("\n6.2 Polisen ska");

        PromiseDraft fromPlainText = PromiseDrafts.read(plain);

        assertThat(fromPlainText.promise()).isEqualTo(draft.promise());
        assertThat(fromPlainText.commitments()).isEqualTo(draft.commitments());
    }

    @Test
    void thePromiseIsReadFromTheTitle() {
        assertThat(draft.promise().title()).isEqualTo(VastervikPromise2025.promise().title());
        assertThat(draft.promise().year()).isEqualTo(2025);
        assertThat(draft.promise().policeArea()).isEqualTo("Lokalpolisområde Västervik");
        assertThat(draft.promise().municipality()).isEqualTo("Västerviks kommun");
        assertThat(draft.promise().parties()).containsExactly(
                new PromiseParty(Party.POLICE.code(), "Lokalpolisområde Västervik", null),
                new PromiseParty(Party.MUNICIPALITY.code(), "Västerviks kommun", null));
    }

    @Test
    void theEightAreasAreTheListsNotTheShorterHeadings() {
        assertThat(draft.promise().priorityAreas()).isEqualTo(VastervikPromise2025.PRIORITY_AREAS);
        assertThat(draft.notes()).anySatisfy(note -> assertThat(note.message())
                .contains("\"Välfärdsbrottslighet och annan kriminell ekonomi\"")
                .contains("\"Välfärdsbrottslighet och kriminell ekonomi\""));
    }

    @Test
    void all24CommitmentsAreReadWithTheirAreasTextsAndResponsibleParties() {
        List<PledgeCommitment> seed = VastervikPromise2025.commitments();

        assertThat(draft.commitments()).extracting(NewCommitment::code)
                .containsExactlyElementsOf(seed.stream().map(PledgeCommitment::code).toList());
        Map<String, NewCommitment> read = byCode();
        for (PledgeCommitment expected : seed) {
            NewCommitment commitment = read.get(expected.code());
            assertThat(commitment.priorityArea()).as(expected.code()).isEqualTo(expected.priorityArea());
            assertThat(commitment.text()).as(expected.code()).isEqualTo(expected.text());
            assertThat(commitment.responsible()).as(expected.code()).containsExactlyInAnyOrderElementsOf(expected.responsible());
        }
    }

    @Test
    void theTargetsAreThoseOfTheSeedsTable() {
        Map<String, NewCommitment> read = byCode();
        for (PledgeCommitment expected : VastervikPromise2025.commitments()) {
            assertThat(read.get(expected.code()).targets()).as(expected.code()).extracting(VastervikTextTest::comparable)
                    .containsExactlyElementsOf(expected.targets().stream().map(VastervikTextTest::comparable).toList());
        }
    }

    @Test
    void theMilestonesAreSwedishPhrasesOfTheirSentences() {
        assertThat(milestones("1.2")).containsExactly("Utreda behovet av samverkan kring kriminella unga inom ramen för SIG");
        assertThat(milestones("4.1")).containsExactly("Kartlägga förekomsten av hedersnormer och hedersförtryck bland "
                + "ungdomar som bor i kommunen och presentera resultatet");
        assertThat(milestones("5.1")).containsExactly("Genomföra en förstudie av sina organisatoriska förutsättningar för "
                + "ett systematiskt arbete mot välfärdsbrott");
        assertThat(milestones("6.1")).containsExactly("Polisanmälningar kan importeras i systemet och addera till kartläggningen");
    }

    @Test
    void everyTargetNamesTheWordsItCameFrom() {
        assertThat(draft.findings()).filteredOn(finding -> finding.field().startsWith("targets["))
                .extracting(finding -> finding.commitment() + " " + finding.field() + " ← " + finding.because())
                .containsExactly(
                        "1.1 targets[0] ← minst fyra gånger per år",
                        "1.2 targets[0] ← under våren 2025",
                        "4.1 targets[0] ← under hösten/vintern",
                        "5.1 targets[0] ← under våren",
                        "5.2 targets[0] ← minst fyra gånger per år",
                        "6.1 targets[0] ← varje vecka",
                        "6.1 targets[1] ← Under våren",
                        "6.2 targets[0] ← minst hundra platsbesök på ett år",
                        "8.1 targets[0] ← öka antalet medborgardialoger");
        assertThat(draft.findings()).filteredOn(finding -> "2.6".equals(finding.commitment())
                        && finding.field().equals("responsible"))
                .singleElement().satisfies(finding -> assertThat(finding.because()).isEqualTo("Polisen ska"));
    }

    @Test
    void onlyTheMissingRegionAndCountyAndTheAreasTwoNamesAreLeftToTheCoordinator() {
        assertThat(draft.notes()).hasSize(3).allSatisfy(note -> assertThat(note.commitment()).isNull());
        assertThat(draft.notes()).anySatisfy(note -> assertThat(note.message()).contains("policeRegion and county"));
    }

    private static List<String> milestones(String code) {
        return byCode().get(code).targets().stream().filter(Target.Deadline.class::isInstance)
                .map(target -> ((Target.Deadline) target).milestone()).toList();
    }

    private static Map<String, NewCommitment> byCode() {
        return draft.commitments().stream().collect(Collectors.toMap(NewCommitment::code, Function.identity()));
    }

    private static Object comparable(Target target) {
        return target instanceof Target.Deadline deadline ? "DEADLINE by " + deadline.dueOn() : target;
    }
}
