package org.partnershipsteward.board.control;

import org.partnershipsteward.bylaws.entity.Criterion;
import org.partnershipsteward.organization.entity.OrganizationKind;

/**
 * The facts about a member that seat eligibility looks at, taken from the member and their
 * organisation. {@code criterion}, {@code title}, {@code kind} and {@code region} may be
 * {@code null} when unknown; a rule that needs an unknown fact is not met.
 */
public record Candidate(long memberId, boolean activeMember, Criterion criterion, String title,
        OrganizationKind kind, String region, boolean fortune500, boolean foundingSponsor) {
}
