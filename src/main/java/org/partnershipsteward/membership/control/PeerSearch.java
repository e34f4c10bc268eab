package org.partnershipsteward.membership.control;

import java.util.Locale;
import java.util.stream.Stream;

/**
 * A search of the directory of peers. It runs over the cards <em>after</em> each member's sharing choices were
 * applied, so a search never finds a member by something they do not share (searching for an organisation
 * must not reveal who belongs to it while hiding it).
 *
 * @param q         words in the name, title or organisation (each word must match; case and spacing are ignored)
 * @param sector    PUBLIC or PRIVATE, or null
 * @param criterion one of the four membership criteria, or null
 * @param topic     a topic the member follows or can speak to, or null
 */
public record PeerSearch(String q, String sector, String criterion, String topic) {

    public static final PeerSearch ALL = new PeerSearch(null, null, null, null);

    public boolean matches(PeerCard card) {
        if (blank(q) == null && blank(sector) == null && blank(criterion) == null && blank(topic) == null) {
            return true;
        }
        if (blank(sector) != null && !sector.strip().equalsIgnoreCase(String.valueOf(card.sector()))) {
            return false;
        }
        if (blank(criterion) != null && !criterion.strip().equalsIgnoreCase(card.criterion())) {
            return false;
        }
        if (blank(topic) != null && Stream.concat(card.follows().stream(), card.speaksTo().stream())
                .noneMatch(t -> normalize(t).equals(normalize(topic)))) {
            return false;
        }
        if (blank(q) != null) {
            String haystack = normalize(Stream.of(card.name(), card.title(), card.organization())
                    .filter(s -> s != null).reduce("", (a, b) -> a + " " + b));
            for (String word : normalize(q).split(" ")) {
                if (!haystack.contains(word)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String normalize(String value) {
        return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
