package org.partnershipsteward.minutes.entity;

/** An action item is OPEN until it is DONE or DROPPED (each with a note). */
public enum ActionStatus {
    OPEN, DONE, DROPPED
}
