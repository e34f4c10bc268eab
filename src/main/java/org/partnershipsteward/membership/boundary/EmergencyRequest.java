package org.partnershipsteward.membership.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.partnershipsteward.membership.entity.EmergencyContacts;

/** A member's 24/7 contacts for the emergency roster: {@code PUT /api/members/me/emergency}. All blank removes the entry. */
public record EmergencyRequest(
        @Size(max = 50, message = "is at most 50 characters") String mobile,
        @Size(max = 50, message = "is at most 50 characters") String afterHoursPhone,
        @Size(max = 200, message = "is at most 200 characters") String backupName,
        @Size(max = 50, message = "is at most 50 characters") String backupPhone,
        @Email(message = "is not an email address") @Size(max = 254, message = "is at most 254 characters") String backupEmail) {

    public EmergencyContacts contacts() {
        return new EmergencyContacts(mobile, afterHoursPhone, backupName, backupPhone, backupEmail);
    }
}
