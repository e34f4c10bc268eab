package org.partnershipsteward.membership.entity;

/**
 * What a member lets the other members see in the directory of peers, its vCards and the emergency roster.
 * The name is always shown; the default ({@link #DEFAULT}) adds the title and the organisation only.
 *
 * @param title        the title
 * @param organization the organisation (and with it the sector, which is the organisation's)
 * @param email        the email address
 * @param phone        the office phone
 * @param topics       the topics followed and the topics the member can speak to
 * @param emergency    the 24/7 contacts on the emergency roster (list and PDF)
 */
public record SharingChoices(boolean title, boolean organization, boolean email, boolean phone, boolean topics,
        boolean emergency) {

    /** Name, title and organisation: what a member shares until they choose otherwise. */
    public static final SharingChoices DEFAULT = new SharingChoices(true, true, false, false, false, false);
}
