package org.partnershipsteward.summit.entity;

/** Where an answer leaves the member: a seat, the waitlist, declined or tentative. */
public enum RsvpStatus {
    CONFIRMED, WAITLISTED, DECLINED, TENTATIVE
}
