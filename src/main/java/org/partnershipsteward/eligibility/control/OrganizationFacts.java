package org.partnershipsteward.eligibility.control;

import java.util.Objects;

import org.partnershipsteward.organization.entity.OrganizationKind;
import org.partnershipsteward.organization.entity.Sector;

/**
 * What the pre-screen needs to know about the applicant's organisation.
 *
 * @param kind                 kind of organisation
 * @param sector               public or private
 * @param region               region the organisation is in; may be null or blank when not on file
 * @param currentActiveMembers active members who already represent this organisation (not counting the applicant)
 */
public record OrganizationFacts(OrganizationKind kind, Sector sector, String region, int currentActiveMembers) {

    public OrganizationFacts {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sector, "sector");
        if (currentActiveMembers < 0) {
            throw new IllegalArgumentException("currentActiveMembers must not be negative: " + currentActiveMembers);
        }
    }
}
