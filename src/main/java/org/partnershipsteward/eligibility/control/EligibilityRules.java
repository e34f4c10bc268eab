package org.partnershipsteward.eligibility.control;

import static org.partnershipsteward.bylaws.entity.Criterion.CRITICAL_INFRASTRUCTURE_OFFICIAL;
import static org.partnershipsteward.bylaws.entity.Criterion.LAW_ENFORCEMENT_OFFICIAL;
import static org.partnershipsteward.bylaws.entity.Criterion.SECURITY_PRACTITIONER;
import static org.partnershipsteward.bylaws.entity.Criterion.SECURITY_SERVICES_SUPPLIER;
import static org.partnershipsteward.organization.entity.OrganizationKind.CORPORATION;
import static org.partnershipsteward.organization.entity.OrganizationKind.COUNTY_SHERIFF;
import static org.partnershipsteward.organization.entity.OrganizationKind.CRITICAL_INFRASTRUCTURE;
import static org.partnershipsteward.organization.entity.OrganizationKind.FEDERAL_LAW_ENFORCEMENT;
import static org.partnershipsteward.organization.entity.OrganizationKind.MUNICIPAL_POLICE;
import static org.partnershipsteward.organization.entity.OrganizationKind.SECURITY_SERVICES;
import static org.partnershipsteward.organization.entity.OrganizationKind.STATE_AGENCY;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.partnershipsteward.bylaws.entity.BylawsDocument;
import org.partnershipsteward.bylaws.entity.Criterion;
import org.partnershipsteward.organization.entity.OrganizationKind;
import org.partnershipsteward.organization.entity.Sector;

/**
 * The eligibility part of the bylaws, as data. {@link #tcspDefaults()} is the shipped default.
 *
 * @param criteria                  the admitted criteria and what each requires; a criterion that is absent
 *                                  is not admitted
 * @param nonExecutiveTitlePatterns regular expressions (searched case-insensitively) that mark a title as
 *                                  below executive level, e.g. {@code \bdeputy\b}; checked only after the
 *                                  executive patterns failed, so "Chief Security Officer" is not caught by
 *                                  {@code \bofficer\b}
 * @param regions                   regions an organisation must be in (compared ignoring case and extra
 *                                  spaces); empty means any region
 * @param perOrganizationCap        most active members per organisation, or null when there is no cap
 * @param totalCap                  most active members in the partnership, or null when there is no cap
 * @param sponsorRequired           whether an active member must sponsor the applicant
 */
public record EligibilityRules(Map<Criterion, CriterionRules> criteria, List<String> nonExecutiveTitlePatterns,
                               Set<String> regions, Integer perOrganizationCap, Integer totalCap,
                               boolean sponsorRequired) {

    public EligibilityRules {
        criteria = Map.copyOf(criteria);
        nonExecutiveTitlePatterns = List.copyOf(nonExecutiveTitlePatterns);
        regions = Set.copyOf(regions);
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("the bylaws must admit at least one criterion");
        }
        if (regions.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a region must not be blank");
        }
        requirePositive("perOrganizationCap", perOrganizationCap);
        requirePositive("totalCap", totalCap);
    }

    /** The membership pre-screen rules of these bylaws. */
    public static EligibilityRules of(BylawsDocument bylaws) {
        var membership = bylaws.membership();
        Map<Criterion, CriterionRules> criteria = new EnumMap<>(Criterion.class);
        for (BylawsDocument.Criterion c : membership.criteria()) {
            criteria.put(Criterion.valueOf(c.code()), new CriterionRules(c.executiveTitlePatterns(),
                    BylawsDocument.values(OrganizationKind.class, c.organizationKinds()),
                    BylawsDocument.values(Sector.class, c.sectors())));
        }
        Set<String> regions = membership.region() == null || membership.region().isBlank()
                ? Set.of() : Set.of(membership.region());
        return new EligibilityRules(criteria, membership.nonExecutiveTitlePatterns() == null ? List.of()
                : membership.nonExecutiveTitlePatterns(), regions, membership.perOrganizationCap(),
                membership.totalCap(), membership.sponsorRequired());
    }

    private static void requirePositive(String name, Integer cap) {
        if (cap != null && cap < 1) {
            throw new IllegalArgumentException(name + " must be at least 1 or null (off): " + cap);
        }
    }

    /** These rules with other regions (empty = any). */
    public EligibilityRules withRegions(Set<String> newRegions) {
        return new EligibilityRules(criteria, nonExecutiveTitlePatterns, newRegions, perOrganizationCap, totalCap,
                sponsorRequired);
    }

    /** These rules with another cap per organisation (null = off). */
    public EligibilityRules withPerOrganizationCap(Integer cap) {
        return new EligibilityRules(criteria, nonExecutiveTitlePatterns, regions, cap, totalCap, sponsorRequired);
    }

    /** These rules with another cap on total membership (null = off). */
    public EligibilityRules withTotalCap(Integer cap) {
        return new EligibilityRules(criteria, nonExecutiveTitlePatterns, regions, perOrganizationCap, cap,
                sponsorRequired);
    }

    /** These rules with sponsorship switched on or off. */
    public EligibilityRules withSponsorRequired(boolean required) {
        return new EligibilityRules(criteria, nonExecutiveTitlePatterns, regions, perOrganizationCap, totalCap,
                required);
    }

    /** Executive titles of a chief (information) security officer, used by two criteria. */
    private static final List<String> CHIEF_SECURITY_OFFICER = List.of(
            "^(?:global |corporate |enterprise )?chief (?:information )?security officer\\b",
            "^(?:cso|ciso)\\b");

    private static final String HEAD_OF_SECURITY = "^(?:global |corporate )?head of (?:[a-z&-]+ )*security\\b";

    /**
     * The Twin Cities Security Partnership defaults: all four criteria, executive titles per criterion,
     * the "Twin Cities metro" region, no caps and no sponsorship.
     */
    public static EligibilityRules tcspDefaults() {
        var lawEnforcement = new CriterionRules(
                List.of("^(?:chief of police|police chief)\\b",
                        "^(?:county )?sheriff\\b",
                        "^(?:special agent in charge|sac)\\b",
                        "^superintendent\\b",
                        "^commissioner\\b",
                        "^director$",
                        "^director(?: of|,)? (?:the )?(?:minnesota |state )?(?:bureau|department|division|office"
                                + "|public safety|homeland security|emergency management)\\b"),
                Set.of(FEDERAL_LAW_ENFORCEMENT, COUNTY_SHERIFF, MUNICIPAL_POLICE, STATE_AGENCY),
                Set.of(Sector.PUBLIC));
        var practitioner = new CriterionRules(
                concat(CHIEF_SECURITY_OFFICER, List.of(
                        "^(?:senior |executive |group )?(?:vice president|vp|svp|evp)\\b.*\\bsecurity\\b",
                        "^(?:senior |global |executive )?director\\b.*\\bsecurity\\b",
                        "^(?:corporate |global )?security director\\b",
                        HEAD_OF_SECURITY)),
                Set.of(CORPORATION, CRITICAL_INFRASTRUCTURE),
                Set.of(Sector.PRIVATE));
        var supplier = new CriterionRules(
                List.of("^(?:president|ceo|chief executive officer)\\b",
                        "^managing director\\b",
                        "^(?:senior )?regional (?:vice president|vp)\\b",
                        "^(?:regional )?general manager\\b"),
                Set.of(SECURITY_SERVICES),
                Set.of(Sector.PRIVATE));
        var criticalInfrastructure = new CriterionRules(
                concat(CHIEF_SECURITY_OFFICER, List.of(
                        "^(?:senior |global |executive )?director\\b.*\\b(?:security|emergency management)\\b",
                        "^(?:senior |executive |group )?(?:vice president|vp|svp|evp)\\b"
                                + ".*\\b(?:security|operations)\\b",
                        HEAD_OF_SECURITY)),
                Set.of(CRITICAL_INFRASTRUCTURE, STATE_AGENCY),
                Set.of());
        return new EligibilityRules(
                Map.of(LAW_ENFORCEMENT_OFFICIAL, lawEnforcement,
                        SECURITY_PRACTITIONER, practitioner,
                        SECURITY_SERVICES_SUPPLIER, supplier,
                        CRITICAL_INFRASTRUCTURE_OFFICIAL, criticalInfrastructure),
                List.of("\\banalysts?\\b", "\\bofficers?\\b", "\\bdeputy\\b", "\\bsergeant\\b", "\\bmanagers?\\b",
                        "\\bcoordinator\\b", "\\bspecialist\\b", "\\bassistant\\b", "\\basac\\b", "\\bassociate\\b",
                        "\\blieutenant\\b", "\\bcaptain\\b", "\\bdetective\\b", "\\binvestigator\\b", "\\bagent\\b",
                        "\\bsupervisor\\b", "\\btrooper\\b", "\\bguard\\b", "\\bconsultant\\b", "\\bintern\\b"),
                Set.of("Twin Cities metro"),
                null,
                null,
                false);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
