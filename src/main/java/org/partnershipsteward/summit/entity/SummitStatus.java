package org.partnershipsteward.summit.entity;

/** Whether a summit will take place. */
public enum SummitStatus {
    SCHEDULED, CANCELLED
}
