package org.partnershipsteward.membership.boundary;

import java.time.Instant;

/** A member is asked to confirm the details held about them, through a link that works until {@code expiresAt}. */
public record ContactConfirmationRequested(long memberId, String email, String name, String title,
        String organizationName, String phone, String assistantName, String link, Instant expiresAt) {
}
