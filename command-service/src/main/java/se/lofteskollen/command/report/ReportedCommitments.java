package se.lofteskollen.command.report;

import se.lofteskollen.command.lookup.CommitmentDirectory;
import se.lofteskollen.command.lookup.CommitmentDirectory.CommitmentEntry;
import se.lofteskollen.command.lookup.CommitmentDirectory.PromiseEntry;
import se.lofteskollen.command.rules.Conflict;
import se.lofteskollen.command.rules.InvalidCommand;
import se.lofteskollen.command.rules.NotFound;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The rules every report shares about what it reports on: existing commitments, none withdrawn, all of
 * one promise, and that promise open. Answers that promise, whose year the report's date must lie in.
 */
final class ReportedCommitments {

    private ReportedCommitments() {
    }

    static PromiseEntry promiseOf(String commitmentId, String field, CommitmentDirectory directory) {
        return promiseOf(List.of(commitmentId), i -> field, directory);
    }

    static PromiseEntry promiseOf(List<String> commitmentIds, String field, CommitmentDirectory directory) {
        if (new HashSet<>(commitmentIds).size() != commitmentIds.size()) {
            throw new InvalidCommand(field, "refusal.report.commitmentTwice");
        }
        return promiseOf(commitmentIds, i -> field + "[" + i + "]", directory);
    }

    private static PromiseEntry promiseOf(List<String> commitmentIds, IntFunction<String> field,
                                          CommitmentDirectory directory) {
        Map<String, CommitmentEntry> found = directory.commitments(commitmentIds);
        PromiseEntry promise = null;
        for (int i = 0; i < commitmentIds.size(); i++) {
            CommitmentEntry commitment = found.get(commitmentIds.get(i));
            if (commitment == null) {
                throw new NotFound(field.apply(i), "refusal.commitment.notFound", commitmentIds.get(i));
            }
            if (promise != null && !promise.promiseId().equals(commitment.promise().promiseId())) {
                throw new InvalidCommand(field.apply(i), "refusal.report.otherPromise", commitment.promise().promiseId(),
                        promise.promiseId());
            }
            promise = commitment.promise();
        }
        promise.requireOpen();
        for (int i = 0; i < commitmentIds.size(); i++) {
            if (found.get(commitmentIds.get(i)).withdrawn()) {
                throw new Conflict(field.apply(i), "refusal.commitment.withdrawnNoReports", commitmentIds.get(i));
            }
        }
        return promise;
    }
}
