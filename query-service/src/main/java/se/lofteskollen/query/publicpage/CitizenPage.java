package se.lofteskollen.query.publicpage;

import java.util.List;

/**
 * What a citizen sees of a promise: what was promised, by whom, and what was done, in the reader's language (the
 * texts people wrote stay as written). It holds
 * no staff name, user id, note, problem picture or audit entry: nothing here is read from them, so nothing of
 * them can leak through a template.
 *
 * @param parties           the promise's parties by name, "A, B och C"
 * @param withdrawnStatus   what a withdrawn commitment's status is called, for the count of them
 * @param milestonesReached every milestone reached by the date shown, oldest first ("20 maj 2025 · 5.1 ...")
 */
public record CitizenPage(String promiseId,
                          int year,
                          String title,
                          String parties,
                          String signedOn,
                          List<Signer> signatories,
                          String closedOn,
                          String closingSummary,
                          String asOf,
                          List<String> headline,
                          int commitments,
                          List<StatusCount> summary,
                          int withdrawn,
                          String withdrawnStatus,
                          List<String> milestonesReached,
                          List<Area> areas,
                          List<OtherYear> otherYears) {

    /** An official who signed for a party: a public role, named in the published promise. */
    public record Signer(String name, String title, String party) {
    }

    public record StatusCount(String status, String statusCode, int count) {
    }

    /** @param code the code of one of the promise's own areas, as its document numbers it */
    public record Area(String code, String name, List<Commitment> commitments) {
    }

    /**
     * @param progress one sentence per target, or one for ongoing work
     * @param milestones the milestones reached, each with its date
     */
    public record Commitment(String code, String responsible, String text, String status, String statusCode,
                             List<String> progress, List<String> milestones, String withdrawalReason) {
    }

    public record OtherYear(String promiseId, int year) {
    }
}
