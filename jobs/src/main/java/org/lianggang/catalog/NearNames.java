package org.lianggang.catalog;

import org.lianggang.Messages;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The "did you mean" of a configuration error: the known name nearest to a misspelt one, if any is near enough (at
 * most two edits apart, or one a prefix of the other).
 */
final class NearNames {

    private static final int MAX_EDITS = 2;
    private static final int MIN_PREFIX = 4;

    private NearNames() {
    }

    static Optional<String> nearest(String name, Collection<String> known) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> close = known.stream().filter(k -> k != null && !k.equals(name))
                .filter(k -> edits(name, k) <= MAX_EDITS)
                .min(Comparator.comparingInt((String k) -> edits(name, k)).thenComparing(k -> k));
        return close.isPresent() ? close : known.stream().filter(k -> k != null && !k.equals(name))
                .filter(k -> Math.min(k.length(), name.length()) >= MIN_PREFIX
                        && (k.startsWith(name) || name.startsWith(k)))
                .min(Comparator.comparingInt((String k) -> Math.abs(k.length() - name.length())).thenComparing(k -> k));
    }

    /** {@code 中文，是否应为 X？} (or {@code English; did you mean X?}), without the question when no name is near. */
    static String message(String chinese, String english, String name, Collection<String> known) {
        return nearest(name, known).map(k -> Messages.pick(chinese + "，是否应为 " + k + "？", english + "; did you mean "
                + k + "?")).orElse(Messages.pick(chinese, english));
    }

    /** Levenshtein distance. */
    static int edits(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
