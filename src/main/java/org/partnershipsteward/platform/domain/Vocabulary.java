package org.partnershipsteward.platform.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Values that a rule compares come from the bylaws' own vocabulary (regions, topics …), never free text:
 * "Twin Cities" where the bylaws say "Twin Cities metro" would make every applicant of that organisation
 * silently ineligible. A value that differs only in case or spacing is taken in the bylaws' spelling; any
 * other value is refused with the list of allowed ones.
 */
public final class Vocabulary {

    private Vocabulary() {
    }

    /**
     * The bylaws' spelling of {@code value}; {@code null} for a blank optional value.
     *
     * @throws VocabularyViolation when the value is not one of {@code allowed}
     */
    public static String require(String field, String value, Collection<String> allowed, boolean optional) {
        if (value == null || value.isBlank()) {
            if (optional) {
                return null;
            }
            throw new VocabularyViolation(field, value == null ? "" : value, List.copyOf(allowed));
        }
        String wanted = normalize(value);
        return allowed.stream().filter(a -> normalize(a).equals(wanted)).findFirst()
                .orElseThrow(() -> new VocabularyViolation(field, value.strip(), List.copyOf(allowed)));
    }

    static String normalize(String value) {
        return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
