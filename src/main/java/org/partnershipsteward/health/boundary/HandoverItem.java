package org.partnershipsteward.health.boundary;

/**
 * One piece of work in flight: what it is, its state in a few words, the page where it is handled
 * (a path within the application) and, where there is one, the date by which it matters.
 */
public record HandoverItem(String title, String detail, String link, String due) {
}
