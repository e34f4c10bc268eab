package org.partnershipsteward.platform.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Replaces a stored password hash made with fewer PBKDF2 iterations by one made with today's count, at a successful
 * sign-in (the only moment the password is known). Its own transaction: a failed upgrade never fails the sign-in.
 * Changes the row only if it still holds the old hash, so a password set meanwhile is never overwritten.
 */
@Stateless
@PermitAll
public class PasswordUpgrade {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean replace(long accountId, String oldHash, String newHash) {
        return em.createQuery("UPDATE Account a SET a.passwordHash = :new WHERE a.id = :id AND a.passwordHash = :old")
                .setParameter("new", newHash).setParameter("id", accountId).setParameter("old", oldHash)
                .executeUpdate() == 1;
    }
}
