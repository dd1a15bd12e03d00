package se.lofteskollen.command.lookup;

import org.springframework.stereotype.Component;
import se.lofteskollen.command.lookup.CommitmentDirectory.CommitmentEntry;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The commitments this instance has read, as it read them. Never trusted on its own: a command decided on them has
 * its append check that they still hold ({@link CheckedAtAppend}). A commitment is forgotten when this instance
 * changes it (the lookup projection, once the change has committed) and when a command decided on it fails; a change
 * made by another instance is found by the next append that depends on it.
 */
@Component
class RememberedCommitments {

    /** More than any deployment's commitments; past it, everything is forgotten and read again as needed. */
    private static final int MOST = 20_000;

    private final Map<String, CommitmentEntry> byId = new ConcurrentHashMap<>();

    /** The commitments among {@code ids} that exist: remembered, or read with {@code read} (unknown ids left out). */
    Map<String, CommitmentEntry> recall(Set<String> ids,
                                        Function<Collection<String>, Map<String, CommitmentEntry>> read) {
        Map<String, CommitmentEntry> found = new LinkedHashMap<>();
        Set<String> missing = new HashSet<>();
        for (String id : ids) {
            CommitmentEntry entry = byId.get(id);
            if (entry == null) {
                missing.add(id);
            } else {
                found.put(id, entry);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, CommitmentEntry> fresh = read.apply(missing);
            if (byId.size() + fresh.size() > MOST) {
                byId.clear();
            }
            byId.putAll(fresh);
            found.putAll(fresh);
        }
        return found;
    }

    void forget(Collection<String> ids) {
        ids.forEach(byId::remove);
    }

    void forgetPromise(String promiseId) {
        byId.values().removeIf(entry -> entry.promise().promiseId().equals(promiseId));
    }

    void forgetAll() {
        byId.clear();
    }
}
