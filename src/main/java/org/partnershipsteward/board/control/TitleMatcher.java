package org.partnershipsteward.board.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Matches job titles against {@link SeatType#titlePatterns() seat title patterns}. */
final class TitleMatcher {

    private TitleMatcher() {
    }

    /** The lower-case words of a text; anything but letters and digits separates words. */
    static Set<String> words(String text) {
        if (text == null) {
            return Set.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The first exclusion pattern (without its {@code !}) that the title matches. */
    static Optional<String> exclusion(String title, List<String> patterns) {
        Set<String> titleWords = words(title);
        return patterns.stream()
                .filter(pattern -> pattern.startsWith("!"))
                .map(pattern -> pattern.substring(1).trim())
                .filter(pattern -> titleWords.containsAll(words(pattern)))
                .findFirst();
    }

    /** The positive patterns (those without {@code !}). */
    static List<String> positives(List<String> patterns) {
        return patterns.stream().filter(pattern -> !pattern.startsWith("!")).toList();
    }

    /** Whether the title matches one of the positive patterns, or there is none. */
    static boolean matchesPositive(String title, List<String> patterns) {
        Set<String> titleWords = words(title);
        List<String> positives = positives(patterns);
        return positives.isEmpty() || positives.stream().anyMatch(p -> titleWords.containsAll(words(p)));
    }
}
