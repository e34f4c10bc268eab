package org.partnershipsteward.board.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether a member may hold a seat of a given {@link SeatType}.
 *
 * <p>{@link #evaluate} returns one finding per rule the seat type turns on, met or not, each
 * with a reason a secretary can read; the candidate is eligible when every finding is met.
 * Rules, in order: {@value SeatFinding#ACTIVE_MEMBER} (always), {@value SeatFinding#CRITERION}
 * and {@value SeatFinding#ORGANIZATION_KIND} (when the seat type lists any),
 * {@value SeatFinding#REGION} (organisation in the partnership's region, compared ignoring
 * case and surrounding blanks), {@value SeatFinding#FORTUNE_500},
 * {@value SeatFinding#FOUNDING_SPONSOR}, and {@value SeatFinding#TITLE} (when the seat type
 * has title patterns).
 */
public final class SeatEligibility {

    /** Every applicable rule's finding for this candidate and seat type. */
    public List<SeatFinding> evaluate(SeatType seat, Candidate candidate, String partnershipRegion) {
        Objects.requireNonNull(seat, "seat");
        Objects.requireNonNull(candidate, "candidate");
        List<SeatFinding> findings = new ArrayList<>();
        findings.add(activeMember(candidate));
        if (!seat.criteria().isEmpty()) {
            findings.add(criterion(seat, candidate));
        }
        if (!seat.kinds().isEmpty()) {
            findings.add(kind(seat, candidate));
        }
        if (seat.requiresRegion()) {
            findings.add(region(seat, candidate, partnershipRegion));
        }
        if (seat.requiresFortune500()) {
            findings.add(candidate.fortune500()
                    ? met(SeatFinding.FORTUNE_500, "The organisation is a Fortune 500 company.")
                    : notMet(SeatFinding.FORTUNE_500, "The " + seat.name()
                            + " seat needs an organisation on the Fortune 500 list; this one is not."));
        }
        if (seat.requiresFoundingSponsor()) {
            findings.add(candidate.foundingSponsor()
                    ? met(SeatFinding.FOUNDING_SPONSOR, "The organisation is the founding sponsor.")
                    : notMet(SeatFinding.FOUNDING_SPONSOR, "The " + seat.name()
                            + " seat is reserved for the founding sponsor; this organisation is not it."));
        }
        if (!seat.titlePatterns().isEmpty()) {
            findings.add(title(seat, candidate));
        }
        return List.copyOf(findings);
    }

    /**
     * A seat holder's facts changed (a new title or organisation): the rules the seat type turns on, run again on
     * the new facts; the ones the holder no longer meets (none while the holder still fits the seat).
     */
    public static List<SeatFinding> recheck(SeatType seat, Candidate holderNow, String partnershipRegion) {
        return failures(new SeatEligibility().evaluate(seat, holderNow, partnershipRegion));
    }

    /** Whether the candidate meets every rule of the seat type. */
    public boolean isEligible(SeatType seat, Candidate candidate, String partnershipRegion) {
        return isEligible(evaluate(seat, candidate, partnershipRegion));
    }

    /** Whether every finding is met (an empty list is eligible). */
    public static boolean isEligible(Collection<SeatFinding> findings) {
        return findings.stream().allMatch(SeatFinding::met);
    }

    /** The findings that are not met, e.g. to name the failing rule in a 422 answer. */
    public static List<SeatFinding> failures(Collection<SeatFinding> findings) {
        return findings.stream().filter(finding -> !finding.met()).toList();
    }

    private static SeatFinding activeMember(Candidate candidate) {
        return candidate.activeMember()
                ? met(SeatFinding.ACTIVE_MEMBER, "The candidate is an active member.")
                : notMet(SeatFinding.ACTIVE_MEMBER, "Only an active member may hold a board seat.");
    }

    private static SeatFinding criterion(SeatType seat, Candidate candidate) {
        String wanted = labels(seat.criteria());
        if (candidate.criterion() == null) {
            return notMet(SeatFinding.CRITERION, "The " + seat.name() + " seat needs a member admitted as "
                    + wanted + "; the candidate's criterion is not recorded.");
        }
        return seat.criteria().contains(candidate.criterion())
                ? met(SeatFinding.CRITERION, "The candidate is a " + label(candidate.criterion()) + ".")
                : notMet(SeatFinding.CRITERION, "The " + seat.name() + " seat needs a member admitted as "
                        + wanted + "; the candidate is a " + label(candidate.criterion()) + ".");
    }

    private static SeatFinding kind(SeatType seat, Candidate candidate) {
        String wanted = labels(seat.kinds());
        if (candidate.kind() == null) {
            return notMet(SeatFinding.ORGANIZATION_KIND, "The " + seat.name() + " seat needs an organisation of kind "
                    + wanted + "; the candidate's organisation kind is not recorded.");
        }
        return seat.kinds().contains(candidate.kind())
                ? met(SeatFinding.ORGANIZATION_KIND, "The organisation is of kind " + label(candidate.kind()) + ".")
                : notMet(SeatFinding.ORGANIZATION_KIND, "The " + seat.name() + " seat needs an organisation of kind "
                        + wanted + "; the candidate's is of kind " + label(candidate.kind()) + ".");
    }

    private static SeatFinding region(SeatType seat, Candidate candidate, String partnershipRegion) {
        if (partnershipRegion == null || partnershipRegion.isBlank()) {
            return notMet(SeatFinding.REGION, "The " + seat.name()
                    + " seat needs an organisation in the partnership's region, but no region is configured.");
        }
        if (candidate.region() == null || candidate.region().isBlank()) {
            return notMet(SeatFinding.REGION, "The " + seat.name() + " seat needs an organisation in "
                    + partnershipRegion.trim() + "; the organisation's region is not recorded.");
        }
        return normalize(candidate.region()).equals(normalize(partnershipRegion))
                ? met(SeatFinding.REGION, "The organisation is in " + partnershipRegion.trim() + ".")
                : notMet(SeatFinding.REGION, "The " + seat.name() + " seat needs an organisation in "
                        + partnershipRegion.trim() + "; this one is in " + candidate.region().trim() + ".");
    }

    private static SeatFinding title(SeatType seat, Candidate candidate) {
        String title = candidate.title() == null ? "" : candidate.title().trim();
        List<String> positives = TitleMatcher.positives(seat.titlePatterns());
        String wanted = String.join(", ", positives);
        if (title.isEmpty()) {
            return notMet(SeatFinding.TITLE, "The " + seat.name() + " seat needs a title"
                    + (positives.isEmpty() ? "" : " such as " + wanted) + "; the candidate has none recorded.");
        }
        Optional<String> exclusion = TitleMatcher.exclusion(title, seat.titlePatterns());
        if (exclusion.isPresent()) {
            return notMet(SeatFinding.TITLE, "The title '" + title + "' is a subordinate rank ('"
                    + exclusion.get() + "'); the " + seat.name() + " seat needs the top-ranking official.");
        }
        return TitleMatcher.matchesPositive(title, seat.titlePatterns())
                ? met(SeatFinding.TITLE, "The title '" + title + "' fits the seat.")
                : notMet(SeatFinding.TITLE, "The title '" + title + "' is not one the " + seat.name()
                        + " seat accepts (" + wanted + ").");
    }

    private static SeatFinding met(String rule, String reason) {
        return new SeatFinding(rule, true, reason);
    }

    private static SeatFinding notMet(String rule, String reason) {
        return new SeatFinding(rule, false, reason);
    }

    private static String normalize(String region) {
        return region.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String labels(Collection<? extends Enum<?>> values) {
        return values.stream().sorted().map(SeatEligibility::label).collect(Collectors.joining(" or "));
    }
}
