package se.lofteskollen.query.live;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import se.lofteskollen.query.commitment.CommitmentView;
import se.lofteskollen.query.commitment.CommitmentViewRepository;
import se.lofteskollen.query.progress.PromiseChanges;

import java.util.Optional;

/**
 * What a page needs to follow its promise's figures live (the script {@code /js/live.js}): the promise's progress
 * stream, and the change number the page's figures are at least as new as. Ask before the page's figures are read:
 * a change landing in between then makes the script fetch the page again, rather than leaving it behind.
 */
@Component
public class LiveFigures {

    /** @param changed the promise's change number, read before the page's figures */
    public record Live(String stream, long changed) {
    }

    private final PromiseChanges changes;
    private final CommitmentViewRepository commitments;

    LiveFigures(PromiseChanges changes, CommitmentViewRepository commitments) {
        this.changes = changes;
        this.commitments = commitments;
    }

    /** For a page of the promise; empty when the read models do not know it. */
    public Optional<Live> ofPromise(String promiseId) {
        return Optional.ofNullable(changes.changed(promiseId)).map(changed -> new Live(
                UriComponentsBuilder.fromPath("/api/promises/{id}/progress/stream").buildAndExpand(promiseId).encode()
                        .toUriString(), changed));
    }

    /** For a page of one of the promise's commitments; empty when the read models do not know it. */
    public Optional<Live> ofCommitment(String commitmentId) {
        return commitments.findById(commitmentId).map(CommitmentView::getPromiseId).flatMap(this::ofPromise);
    }
}
