package org.partnershipsteward.membership.control;

import java.time.LocalDate;

/**
 * One member on the emergency roster, as shared: only members who share their emergency contacts have a line;
 * the organisation is null when the member does not share it.
 */
public record RosterLine(long memberId, String name, String organization, String mobile, String afterHoursPhone,
        String backupName, String backupPhone, String backupEmail, LocalDate confirmedOn) {
}
