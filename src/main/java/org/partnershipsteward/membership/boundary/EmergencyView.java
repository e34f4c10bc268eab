package org.partnershipsteward.membership.boundary;

import java.time.LocalDate;
import org.partnershipsteward.membership.entity.Member;

/** A member's own emergency roster entry as the API shows it to them, with whether it is current. */
public record EmergencyView(String mobile, String afterHoursPhone, String backupName, String backupPhone,
        String backupEmail, LocalDate confirmedOn, boolean current, boolean shared) {

    static EmergencyView of(Member m, LocalDate confirmedOn, boolean current) {
        var c = m.emergencyContacts();
        return new EmergencyView(c.mobile(), c.afterHoursPhone(), c.backupName(), c.backupPhone(), c.backupEmail(),
                confirmedOn, current, m.getSharing().emergency());
    }
}
