package org.partnershipsteward.eligibility.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.partnershipsteward.bylaws.entity.Criterion;
import org.partnershipsteward.eligibility.entity.EligibilityVerdict;
import org.partnershipsteward.eligibility.entity.FindingOutcome;

/**
 * Pre-screen of a membership application against the bylaws' {@link EligibilityRules}.
 * <p>
 * Pure and thread-safe: no I/O, no clock. {@link #evaluate} returns exactly one {@link Finding} per rule, in
 * the order of {@link #RULES}, each with a reason. A rule the bylaws switch off is reported as {@code MET}
 * with a reason starting "not required by the bylaws". The pre-screen never accepts an unknown title: it
 * is {@code NEEDS_REVIEW} until a person {@linkplain #settle settles} it. The board decides the application.
 */
public final class EligibilityPolicy {

    /** A criterion was chosen and the bylaws admit it. */
    public static final String CRITERION_MET = "CRITERION_MET";
    /** The title is executive level within the criterion. */
    public static final String EXECUTIVE_LEVEL = "EXECUTIVE_LEVEL";
    /** The organisation's kind qualifies for the criterion. */
    public static final String ORGANIZATION_KIND = "ORGANIZATION_KIND";
    /** The organisation's sector qualifies for the criterion. */
    public static final String SECTOR = "SECTOR";
    /** The organisation is in a region the bylaws name. */
    public static final String REGION = "REGION";
    /** The organisation has room under the cap of members per organisation. */
    public static final String ORGANIZATION_CAP = "ORGANIZATION_CAP";
    /** The partnership has room under the cap on total membership. */
    public static final String TOTAL_CAP = "TOTAL_CAP";
    /** An active member sponsors the applicant. */
    public static final String SPONSOR = "SPONSOR";
    /** Every rule code, in the order {@link #evaluate} reports them. */
    public static final List<String> RULES = List.of(CRITERION_MET, EXECUTIVE_LEVEL, ORGANIZATION_KIND, SECTOR,
            REGION, ORGANIZATION_CAP, TOTAL_CAP, SPONSOR);

    private static final String NOT_REQUIRED = "not required by the bylaws";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final EligibilityRules rules;
    private final Map<Criterion, List<Pattern>> executivePatterns = new EnumMap<>(Criterion.class);
    private final List<Pattern> nonExecutivePatterns;

    /**
     * @throws IllegalArgumentException when a title pattern is not a valid regular expression
     */
    public EligibilityPolicy(EligibilityRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        rules.criteria().forEach((criterion, c) ->
                executivePatterns.put(criterion, compile(c.executiveTitlePatterns())));
        this.nonExecutivePatterns = compile(rules.nonExecutiveTitlePatterns());
    }

    /** The rules this policy applies. */
    public EligibilityRules rules() {
        return rules;
    }

    /**
     * Pre-screens one application.
     *
     * @param applicant          the application's facts
     * @param totalActiveMembers active members of the partnership now (for the total cap)
     * @return one finding per rule, in {@link #RULES} order
     */
    public List<Finding> evaluate(Applicant applicant, int totalActiveMembers) {
        Objects.requireNonNull(applicant, "applicant");
        if (totalActiveMembers < 0) {
            throw new IllegalArgumentException("totalActiveMembers must not be negative: " + totalActiveMembers);
        }
        Criterion criterion = applicant.criterion();
        CriterionRules criterionRules = criterion == null ? null : rules.criteria().get(criterion);
        List<Finding> findings = new ArrayList<>(RULES.size());
        findings.add(criterion(criterion, criterionRules));
        if (criterionRules == null) {
            String why = criterion == null
                    ? "cannot be checked: no criterion chosen"
                    : "cannot be checked: the bylaws do not admit " + label(criterion);
            for (String rule : List.of(EXECUTIVE_LEVEL, ORGANIZATION_KIND, SECTOR)) {
                findings.add(Finding.notMet(rule, why));
            }
        } else {
            findings.add(executiveLevel(applicant.title(), criterion));
            findings.add(organizationKind(applicant.org(), criterion, criterionRules));
            findings.add(sector(applicant.org(), criterion, criterionRules));
        }
        findings.add(region(applicant.org()));
        findings.add(organizationCap(applicant.org()));
        findings.add(totalCap(totalActiveMembers));
        findings.add(sponsor(applicant));
        return List.copyOf(findings);
    }

    /**
     * The overall result: {@code INELIGIBLE} if any finding is not met, else {@code NEEDS_REVIEW} if any
     * needs review, else {@code ELIGIBLE}. No findings at all is {@code NEEDS_REVIEW}: nothing was checked,
     * so nothing is accepted.
     */
    public static EligibilityVerdict overall(List<Finding> findings) {
        Objects.requireNonNull(findings, "findings");
        if (findings.stream().anyMatch(f -> f.outcome() == FindingOutcome.NOT_MET)) {
            return EligibilityVerdict.INELIGIBLE;
        }
        if (findings.isEmpty() || findings.stream().anyMatch(f -> f.outcome() == FindingOutcome.NEEDS_REVIEW)) {
            return EligibilityVerdict.NEEDS_REVIEW;
        }
        return EligibilityVerdict.ELIGIBLE;
    }

    /**
     * Settles a {@code NEEDS_REVIEW} finding with a person's decision (e.g. the secretariat confirming an
     * executive level), keeping the other findings as they are.
     *
     * @param findings the findings so far
     * @param rule     the rule to settle, e.g. {@link #EXECUTIVE_LEVEL}
     * @param met      the person's decision
     * @param note     why; may be null or blank
     * @return a new list with that finding replaced by {@code MET} or {@code NOT_MET}
     * @throws IllegalStateException when there is no {@code NEEDS_REVIEW} finding for that rule
     */
    public static List<Finding> settle(List<Finding> findings, String rule, boolean met, String note) {
        Objects.requireNonNull(findings, "findings");
        boolean open = findings.stream()
                .anyMatch(f -> f.rule().equals(rule) && f.outcome() == FindingOutcome.NEEDS_REVIEW);
        if (!open) {
            throw new IllegalStateException("no finding for " + rule + " needs review");
        }
        String reason = (met ? "confirmed on review" : "refused on review")
                + (note == null || note.isBlank() ? "" : ": " + note.strip());
        List<Finding> settled = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            boolean target = f.rule().equals(rule) && f.outcome() == FindingOutcome.NEEDS_REVIEW;
            settled.add(!target ? f : met ? Finding.met(rule, reason) : Finding.notMet(rule, reason));
        }
        return List.copyOf(settled);
    }

    private Finding criterion(Criterion criterion, CriterionRules criterionRules) {
        if (criterion == null) {
            return Finding.notMet(CRITERION_MET, "no criterion chosen; an applicant must meet one of: "
                    + labels(Arrays.asList(Criterion.values())));
        }
        if (criterionRules == null) {
            return Finding.notMet(CRITERION_MET, "the bylaws do not admit " + label(criterion) + "; they admit: "
                    + labels(rules.criteria().keySet()));
        }
        return Finding.met(CRITERION_MET, "applies as " + label(criterion));
    }

    private Finding executiveLevel(String rawTitle, Criterion criterion) {
        String title = normalize(rawTitle);
        if (title.isEmpty()) {
            return Finding.notMet(EXECUTIVE_LEVEL, "no title given, so the executive level cannot be shown");
        }
        if (firstMatch(executivePatterns.get(criterion), title).isPresent()) {
            return Finding.met(EXECUTIVE_LEVEL,
                    "'" + title + "' is an executive-level title for a " + label(criterion));
        }
        List<Criterion> elsewhere = Arrays.stream(Criterion.values())
                .filter(other -> other != criterion && executivePatterns.containsKey(other))
                .filter(other -> firstMatch(executivePatterns.get(other), title).isPresent())
                .toList();
        if (!elsewhere.isEmpty()) {
            return Finding.needsReview(EXECUTIVE_LEVEL, "'" + title + "' is an executive-level title for "
                    + labels(elsewhere) + ", not for a " + label(criterion)
                    + "; check the criterion and confirm the executive level");
        }
        Optional<String> junior = firstMatch(nonExecutivePatterns, title);
        if (junior.isPresent()) {
            return Finding.notMet(EXECUTIVE_LEVEL, "'" + title + "' is below executive level ('"
                    + junior.get() + "'); the bylaws require a senior security official or the agency's "
                    + "top-ranking law enforcement official");
        }
        return Finding.needsReview(EXECUTIVE_LEVEL, "'" + title + "' is not a recognised executive-level title for a "
                + label(criterion) + "; a person must confirm the executive level");
    }

    private static Finding organizationKind(OrganizationFacts org, Criterion criterion, CriterionRules c) {
        if (c.allowedKinds().contains(org.kind())) {
            return Finding.met(ORGANIZATION_KIND, "a " + label(org.kind()) + " organisation qualifies for "
                    + label(criterion));
        }
        return Finding.notMet(ORGANIZATION_KIND, "a " + label(org.kind()) + " organisation does not qualify for "
                + label(criterion) + "; allowed: " + labels(c.allowedKinds()));
    }

    private static Finding sector(OrganizationFacts org, Criterion criterion, CriterionRules c) {
        if (c.allowedSectors().isEmpty()) {
            return Finding.met(SECTOR, "any sector qualifies for " + label(criterion));
        }
        if (c.allowedSectors().contains(org.sector())) {
            return Finding.met(SECTOR, "the " + label(org.sector()) + " sector qualifies for " + label(criterion));
        }
        return Finding.notMet(SECTOR, "the " + label(org.sector()) + " sector does not qualify for "
                + label(criterion) + "; allowed: " + labels(c.allowedSectors()));
    }

    private Finding region(OrganizationFacts org) {
        if (rules.regions().isEmpty()) {
            return Finding.met(REGION, NOT_REQUIRED + ": any region qualifies");
        }
        String allowed = rules.regions().stream().sorted().collect(Collectors.joining(", "));
        String region = normalize(org.region());
        if (region.isEmpty()) {
            return Finding.needsReview(REGION, "the organisation has no region on file; the bylaws require: "
                    + allowed);
        }
        boolean inRegion = rules.regions().stream()
                .map(EligibilityPolicy::normalize)
                .anyMatch(region::equalsIgnoreCase);
        return inRegion
                ? Finding.met(REGION, "the organisation is in " + region)
                : Finding.notMet(REGION, "the organisation is in " + region + ", outside the bylaws' regions: "
                        + allowed);
    }

    private Finding organizationCap(OrganizationFacts org) {
        Integer cap = rules.perOrganizationCap();
        if (cap == null) {
            return Finding.met(ORGANIZATION_CAP, NOT_REQUIRED + ": no cap on members per organisation");
        }
        int current = org.currentActiveMembers();
        return current < cap
                ? Finding.met(ORGANIZATION_CAP, "the organisation has " + current + " of at most " + cap
                        + " active members")
                : Finding.notMet(ORGANIZATION_CAP, "the organisation already has " + current
                        + " active members; the bylaws allow at most " + cap);
    }

    private Finding totalCap(int total) {
        Integer cap = rules.totalCap();
        if (cap == null) {
            return Finding.met(TOTAL_CAP, NOT_REQUIRED + ": no cap on total membership");
        }
        return total < cap
                ? Finding.met(TOTAL_CAP, "the partnership has " + total + " of at most " + cap + " active members")
                : Finding.notMet(TOTAL_CAP, "the partnership already has " + total
                        + " active members; the bylaws allow at most " + cap);
    }

    private Finding sponsor(Applicant applicant) {
        if (!rules.sponsorRequired()) {
            return Finding.met(SPONSOR, NOT_REQUIRED + ": no sponsor needed");
        }
        if (applicant.sponsorMemberId() == null) {
            return Finding.notMet(SPONSOR, "the bylaws require a sponsoring active member; none was named");
        }
        return applicant.sponsorIsActiveMember()
                ? Finding.met(SPONSOR, "sponsored by active member " + applicant.sponsorMemberId())
                : Finding.notMet(SPONSOR, "sponsor " + applicant.sponsorMemberId() + " is not an active member");
    }

    private static List<Pattern> compile(List<String> patterns) {
        return patterns.stream().map(p -> Pattern.compile(p, FLAGS)).toList();
    }

    /** The text matched by the first pattern that is found in the title. */
    private static Optional<String> firstMatch(List<Pattern> patterns, String title) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(title);
            if (m.find()) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    /** Trimmed, inner whitespace collapsed to one space; null becomes "". */
    static String normalize(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static <E extends Enum<E>> String labels(Collection<E> values) {
        return values.stream().sorted().map(EligibilityPolicy::label).collect(Collectors.joining(", "));
    }
}
