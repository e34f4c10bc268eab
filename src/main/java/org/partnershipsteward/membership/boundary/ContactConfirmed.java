package org.partnershipsteward.membership.boundary;

/**
 * A member confirmed the details held about them (the yearly contact confirmation), raised in that transaction.
 * Other components confirm what they keep with it, e.g. the organisation's resources for the day (incident).
 */
public record ContactConfirmed(long memberId, long organizationId) {
}
