package org.partnershipsteward.summit.entity;

/** What a member answers to an invitation. */
public enum RsvpResponse {
    YES, NO, MAYBE
}
