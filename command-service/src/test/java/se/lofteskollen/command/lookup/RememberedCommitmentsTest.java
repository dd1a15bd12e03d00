package se.lofteskollen.command.lookup;

import org.junit.jupiter.api.Test;
import se.lofteskollen.command.lookup.CommitmentDirectory.CommitmentEntry;
import se.lofteskollen.command.lookup.CommitmentDirectory.PromiseEntry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What an instance remembers of commitments: read once, forgotten when changed, never answering for unknown ids. */
class RememberedCommitmentsTest {

    private static final PromiseEntry VASTERVIK = new PromiseEntry("vastervik-2025", 2025, false,
            Map.of("POLICE", "LPO_VASTERVIK"), null);
    private static final PromiseEntry VIMMERBY = new PromiseEntry("vimmerby-2025", 2025, false,
            Map.of("POLICE", "LPO_VIMMERBY"), null);
    private static final Map<String, CommitmentEntry> STORED = Map.of(
            "6.2", new CommitmentEntry("6.2", VASTERVIK, "6.2", Set.of("POLICE"), false),
            "2.6", new CommitmentEntry("2.6", VASTERVIK, "2.6", Set.of("POLICE"), false),
            "1.1", new CommitmentEntry("1.1", VIMMERBY, "1.1", Set.of("POLICE"), false));

    private final RememberedCommitments remembered = new RememberedCommitments();
    private final List<Set<String>> reads = new ArrayList<>();
    private final Function<Collection<String>, Map<String, CommitmentEntry>> database = ids -> {
        reads.add(Set.copyOf(ids));
        return ids.stream().filter(STORED::containsKey).collect(Collectors.toMap(id -> id, STORED::get));
    };

    @Test
    void whatWasReadOnceIsAnsweredWithoutReadingAgain() {
        remembered.recall(Set.of("6.2"), database);

        assertThat(remembered.recall(Set.of("6.2", "2.6"), database)).containsOnlyKeys("6.2", "2.6");
        assertThat(reads).containsExactly(Set.of("6.2"), Set.of("2.6"));
    }

    @Test
    void anUnknownIdIsLeftOutAndAskedForAgainEachTime() {
        assertThat(remembered.recall(Set.of("9.9"), database)).isEmpty();
        remembered.recall(Set.of("9.9"), database);

        assertThat(reads).containsExactly(Set.of("9.9"), Set.of("9.9"));
    }

    @Test
    void aForgottenCommitmentIsReadAgain() {
        remembered.recall(Set.of("6.2", "2.6"), database);
        remembered.forget(List.of("6.2"));

        remembered.recall(Set.of("6.2", "2.6"), database);

        assertThat(reads).containsExactly(Set.of("6.2", "2.6"), Set.of("6.2"));
    }

    @Test
    void aClosedPromiseForgetsItsCommitmentsAndNoOthers() {
        remembered.recall(Set.of("6.2", "2.6", "1.1"), database);
        remembered.forgetPromise("vastervik-2025");

        remembered.recall(Set.of("6.2", "2.6", "1.1"), database);

        assertThat(reads).containsExactly(Set.of("6.2", "2.6", "1.1"), Set.of("6.2", "2.6"));
    }
}
