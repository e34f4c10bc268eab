package org.partnershipsteward.survey.control;

import java.util.List;

/**
 * One question of an informal survey.
 *
 * @param kind    SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE or FREE_TEXT
 * @param prompt  what is asked
 * @param options the choices (choice questions only)
 * @param min     lowest value of a scale (default 1)
 * @param max     highest value of a scale (default 5)
 */
public record Question(String kind, String prompt, List<String> options, Integer min, Integer max) {

    public enum Kind { SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, FREE_TEXT }

    public Kind type() {
        return Kind.valueOf(kind);
    }

    public int low() {
        return min == null ? 1 : min;
    }

    public int high() {
        return max == null ? 5 : max;
    }

    /** The values a choice or scale answer may take, in order; empty for free text. */
    public List<String> choices() {
        return switch (type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> options == null ? List.of() : options;
            case SCALE -> java.util.stream.IntStream.rangeClosed(low(), high()).mapToObj(String::valueOf).toList();
            case FREE_TEXT -> List.of();
        };
    }
}
