package org.partnershipsteward.board.control;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.partnershipsteward.bylaws.entity.BylawsDocument;
import org.partnershipsteward.bylaws.entity.Criterion;
import org.partnershipsteward.organization.entity.OrganizationKind;
import org.partnershipsteward.organization.entity.Sector;

import static org.partnershipsteward.bylaws.entity.Criterion.LAW_ENFORCEMENT_OFFICIAL;
import static org.partnershipsteward.bylaws.entity.Criterion.SECURITY_PRACTITIONER;
import static org.partnershipsteward.organization.entity.OrganizationKind.CORPORATION;
import static org.partnershipsteward.organization.entity.OrganizationKind.COUNTY_SHERIFF;
import static org.partnershipsteward.organization.entity.OrganizationKind.FEDERAL_LAW_ENFORCEMENT;
import static org.partnershipsteward.organization.entity.OrganizationKind.MUNICIPAL_POLICE;

/**
 * A type of board seat, as bylaws data: how many seats of it there are and who may hold one.
 *
 * <p>An empty {@code criteria} or {@code kinds} set means "any". {@code titlePatterns} are
 * case-insensitive word patterns: a pattern matches a title when every word of the pattern
 * occurs in the title as a whole word, in any order ({@code "police chief"} matches
 * "Chief of Police"). A pattern starting with {@code !} is an exclusion: a title matching it
 * fails ({@code "!deputy"} rejects "Deputy Chief of Police"). With no positive pattern, any
 * title not excluded passes; with no pattern at all, the title is not checked.
 */
public record SeatType(String code, String name, int count, Sector sector, Set<Criterion> criteria,
        Set<OrganizationKind> kinds, boolean requiresRegion, boolean requiresFortune500,
        boolean requiresFoundingSponsor, List<String> titlePatterns) {

    /** Titles of a senior corporate security official, with the usual subordinate exclusions. */
    public static final List<String> SENIOR_SECURITY_TITLES = List.of(
            "chief security officer", "cso", "ciso", "vice president security", "vp security",
            "svp security", "head security", "director security",
            "!deputy", "!assistant", "!associate");

    /** The board's seat types in these bylaws; title patterns are word sets, a leading {@code !} excludes. */
    public static List<SeatType> of(BylawsDocument bylaws) {
        return bylaws.board().seatTypes().stream().map(t -> new SeatType(t.code(), t.name(), t.count(),
                Sector.valueOf(t.sector()), BylawsDocument.values(Criterion.class, t.criteria()),
                BylawsDocument.values(OrganizationKind.class, t.organizationKinds()), t.requiresRegion(),
                t.requiresFortune500(), t.requiresFoundingSponsor(),
                t.titlePatterns() == null ? List.of() : t.titlePatterns())).toList();
    }

    public SeatType {
        requireText(code, "code");
        requireText(name, "name");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        Objects.requireNonNull(sector, "sector");
        criteria = Set.copyOf(Objects.requireNonNull(criteria, "criteria"));
        kinds = Set.copyOf(Objects.requireNonNull(kinds, "kinds"));
        titlePatterns = List.copyOf(Objects.requireNonNull(titlePatterns, "titlePatterns"));
        for (String pattern : titlePatterns) {
            if (TitleMatcher.words(pattern.startsWith("!") ? pattern.substring(1) : pattern).isEmpty()) {
                throw new IllegalArgumentException("title pattern has no word: '" + pattern + "'");
            }
        }
    }

    /** The Twin Cities Security Partnership's nine seats: the shipped default. */
    public static List<SeatType> tcspDefaults() {
        return List.of(
                new SeatType("FBI_SAC", "FBI Special Agent in Charge", 1, Sector.PUBLIC,
                        Set.of(LAW_ENFORCEMENT_OFFICIAL), Set.of(FEDERAL_LAW_ENFORCEMENT),
                        false, false, false,
                        List.of("special agent in charge", "sac", "!assistant")),
                new SeatType("SHERIFF", "Sheriff", 1, Sector.PUBLIC,
                        Set.of(LAW_ENFORCEMENT_OFFICIAL), Set.of(COUNTY_SHERIFF),
                        true, false, false,
                        List.of("sheriff", "!deputy", "!assistant")),
                new SeatType("POLICE_CHIEF", "Police Chief", 2, Sector.PUBLIC,
                        Set.of(LAW_ENFORCEMENT_OFFICIAL), Set.of(MUNICIPAL_POLICE),
                        true, false, false,
                        List.of("chief of police", "police chief", "!deputy", "!assistant")),
                new SeatType("FOUNDING_SPONSOR_EXECUTIVE", "Founding sponsor security executive", 1,
                        Sector.PRIVATE, Set.of(SECURITY_PRACTITIONER), Set.of(CORPORATION),
                        false, false, true, SENIOR_SECURITY_TITLES),
                new SeatType("PRIVATE_SECTOR_EXECUTIVE", "Private-sector security executive", 4,
                        Sector.PRIVATE, Set.of(SECURITY_PRACTITIONER), Set.of(CORPORATION),
                        true, true, false, SENIOR_SECURITY_TITLES));
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
