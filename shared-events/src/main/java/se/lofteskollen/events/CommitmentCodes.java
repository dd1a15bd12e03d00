package se.lofteskollen.events;

import java.util.Comparator;

/** Orders commitment codes as the promise document does: 1.2 before 1.10 (the report form, a renewal, the read models). */
public final class CommitmentCodes {

    /** A commitment's code ("6.2") from its id ("vastervik-2025-6.2"), as people know it; an id of another form as it is. */
    public static String of(String promiseId, String commitmentId) {
        return commitmentId.startsWith(promiseId + "-") ? commitmentId.substring(promiseId.length() + 1) : commitmentId;
    }

    public static final Comparator<String> ORDER = CommitmentCodes::compare;

    private CommitmentCodes() {
    }

    private static int compare(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = part(left[i], right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int part(String a, String b) {
        try {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        } catch (NumberFormatException notNumbers) {
            return a.compareTo(b);
        }
    }
}
