package org.partnershipsteward.organization.entity;

/** Which side of the partnership an organisation is on. */
public enum Sector {
    PUBLIC, PRIVATE
}
