package org.partnershipsteward.audit.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.partnershipsteward.audit.entity.AuditEntry;

/** Records decisions in the caller's transaction, so a decision and its audit entry commit together. */
@Dependent
public class AuditTrail {

    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    public AuditEntry record(String action, String subjectType, Long subjectId, String detail) {
        AuditEntry entry = new AuditEntry(clock.instant(), actor(), action, subjectType, subjectId, detail);
        em.persist(entry);
        return entry;
    }

    /**
     * An entry that must say neither who acted nor exactly when (an answer to an anonymous survey): the actor and
     * the (coarse) time are the caller's, never the signed-in caller and the clock.
     */
    public AuditEntry recordWithout(String actor, Instant coarseTime, String action, String subjectType, Long subjectId,
            String detail) {
        AuditEntry entry = new AuditEntry(coarseTime, actor, action, subjectType, subjectId, detail);
        em.persist(entry);
        return entry;
    }

    public List<AuditEntry> of(String subjectType, Long subjectId) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.subjectType = :t AND a.subjectId = :id "
                + "ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class)
                .setParameter("t", subjectType).setParameter("id", subjectId).getResultList();
    }

    /** Who is acting now: the caller's email, or {@value #SYSTEM} for scheduled and start-up work. */
    public String actor() {
        try {
            Principal caller = security.getCallerPrincipal();
            return caller == null ? SYSTEM : caller.getName();
        } catch (IllegalStateException e) {
            return SYSTEM; // start-up and timer callbacks have no caller
        }
    }
}
