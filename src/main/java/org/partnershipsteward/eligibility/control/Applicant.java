package org.partnershipsteward.eligibility.control;

import java.util.Objects;

import org.partnershipsteward.bylaws.entity.Criterion;

/**
 * The facts of one membership application that the pre-screen judges.
 *
 * @param title                 the applicant's job title as entered; blank means none given
 * @param criterion             the criterion applied under; null when none was chosen
 * @param org                   facts about the applicant's organisation
 * @param sponsorMemberId       the sponsoring member's id, or null when none was named
 * @param sponsorIsActiveMember whether that sponsor is an active member (ignored without a sponsor)
 */
public record Applicant(String title, Criterion criterion, OrganizationFacts org,
                        Long sponsorMemberId, boolean sponsorIsActiveMember) {

    public Applicant {
        Objects.requireNonNull(org, "org");
    }
}
