package org.partnershipsteward.summit.boundary;

/** An answer to an invitation was stored, and its confirmation is due ({@link RsvpConfirmations}). */
public record RsvpAnswered(long rsvpId) {
}
