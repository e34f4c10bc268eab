package org.partnershipsteward.membership.entity;

import java.time.LocalDate;

/**
 * A member stopped being a current member (a personnel transition, or a status decision to LAPSED or
 * RESIGNED): the board vacates their seats in the same transaction; a successor may be invited to apply.
 */
public record MemberLeft(long memberId, String memberName, LocalDate effective, String reason, String successorEmail,
        String organizationName) {
}
