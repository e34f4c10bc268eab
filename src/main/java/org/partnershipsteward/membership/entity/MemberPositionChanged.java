package org.partnershipsteward.membership.entity;

/**
 * A current member's title or organisation changed (their own profile, or the yearly contact confirmation): the
 * board re-runs the eligibility of any seat the member holds, in the same transaction.
 */
public record MemberPositionChanged(long memberId, String memberName, String title, String organizationName) {
}
