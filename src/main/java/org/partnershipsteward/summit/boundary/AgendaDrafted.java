package org.partnershipsteward.summit.boundary;

/**
 * A summit's agenda was opened as a draft (the summit was scheduled): components that open agendas with an item of
 * their own (the minutes' review of open actions) observe it in the scheduling transaction.
 */
public record AgendaDrafted(long summitId) {
}
