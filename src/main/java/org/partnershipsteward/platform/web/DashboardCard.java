package org.partnershipsteward.platform.web;

/**
 * One figure on a dashboard: the figure, what it counts, and where it is handled.
 *
 * @param order    position among the cards of one role's dashboard
 * @param id       the HTML id of the figure (tests and scripts read it)
 * @param figure   what the card shows in large type, e.g. {@code 12} or {@code 3 / 4}
 * @param label    what the figure counts, in a few words
 * @param outcome  the page where it is handled (a Faces outcome, e.g. {@code /members/index}), or null
 * @param linkText the words of that link, or null
 */
public record DashboardCard(int order, String id, String figure, String label, String outcome, String linkText) {
}
