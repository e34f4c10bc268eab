package org.partnershipsteward.bylaws.entity;

/** The four membership criteria of the bylaws; an applicant meets at least one, at executive level. */
public enum Criterion {
    SECURITY_PRACTITIONER,
    SECURITY_SERVICES_SUPPLIER,
    LAW_ENFORCEMENT_OFFICIAL,
    CRITICAL_INFRASTRUCTURE_OFFICIAL
}
