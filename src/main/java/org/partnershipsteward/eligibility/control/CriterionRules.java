package org.partnershipsteward.eligibility.control;

import java.util.List;
import java.util.Set;

import org.partnershipsteward.organization.entity.OrganizationKind;
import org.partnershipsteward.organization.entity.Sector;

/**
 * What the bylaws require within one criterion.
 *
 * @param executiveTitlePatterns regular expressions (searched case-insensitively in the title, so anchor
 *                               them with {@code ^} where the title must start with them) that identify an
 *                               executive-level title for this criterion; may be empty (every title is
 *                               then reviewed by a person)
 * @param allowedKinds           organisation kinds that qualify; must not be empty
 * @param allowedSectors         sectors that qualify; empty means any sector
 */
public record CriterionRules(List<String> executiveTitlePatterns, Set<OrganizationKind> allowedKinds,
                             Set<Sector> allowedSectors) {

    public CriterionRules {
        executiveTitlePatterns = List.copyOf(executiveTitlePatterns);
        allowedKinds = Set.copyOf(allowedKinds);
        allowedSectors = Set.copyOf(allowedSectors);
        if (allowedKinds.isEmpty()) {
            throw new IllegalArgumentException("a criterion must allow at least one organisation kind");
        }
    }
}
