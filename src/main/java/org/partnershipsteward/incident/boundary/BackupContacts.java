package org.partnershipsteward.incident.boundary;

import java.util.Optional;

/**
 * Extension point: a member's backup contact for the day of an incident, who gets a copy of the second mail
 * of an alert the member has not acknowledged. {@link RosterBackupContacts} provides it from the emergency roster
 * (the backup person's name and email); the member's assistant, if they named one, gets a copy too. What the copy may say follows the alert's label
 * ({@code AlertDisclosure.backupCopy}: nothing of a TLP:RED or TLP:AMBER+STRICT alert but that it exists).
 */
public interface BackupContacts {

    /** Who stands in for a member when they cannot be reached. */
    record Contact(String name, String email) {
    }

    /** The member's backup contact with an email address, if they named one. */
    Optional<Contact> backupOf(long memberId);
}
