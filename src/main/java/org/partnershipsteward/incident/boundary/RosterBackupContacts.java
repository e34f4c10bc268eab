package org.partnershipsteward.incident.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.partnershipsteward.membership.entity.EmergencyContacts;
import org.partnershipsteward.membership.entity.Member;

/**
 * The emergency roster's backup person as the alert's backup contact: the name and email a member keeps in their
 * 24/7 contacts. Whether the member shares the roster with other members does not matter here: the backup was
 * named to be reached on the member's behalf.
 */
@ApplicationScoped
public class RosterBackupContacts implements BackupContacts {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Contact> backupOf(long memberId) {
        Member member = em.find(Member.class, memberId);
        if (member == null) {
            return Optional.empty();
        }
        EmergencyContacts contacts = member.emergencyContacts();
        if (contacts.backupEmail() == null) {
            return Optional.empty();
        }
        return Optional.of(new Contact(contacts.backupName() == null ? contacts.backupEmail() : contacts.backupName(),
                contacts.backupEmail()));
    }
}
