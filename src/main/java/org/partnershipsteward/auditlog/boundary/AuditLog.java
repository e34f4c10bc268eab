package org.partnershipsteward.auditlog.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import org.partnershipsteward.audit.entity.AuditEntry;
import org.partnershipsteward.auditlog.control.AuditQuery;
import org.partnershipsteward.platform.security.Roles;

/** The secretariat reads the audit trail: filtered, newest first, one bounded page at a time. */
@Stateless
@RolesAllowed(Roles.SECRETARIAT)
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    public List<AuditEntry> search(AuditQuery query) {
        TypedQuery<AuditEntry> select = where("SELECT a FROM AuditEntry a", query,
                " ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class);
        return select.setFirstResult(Math.toIntExact(Math.min(query.offset(), Integer.MAX_VALUE)))
                .setMaxResults(query.size()).getResultList();
    }

    public long count(AuditQuery query) {
        return where("SELECT COUNT(a) FROM AuditEntry a", query, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> where(String select, AuditQuery query, String order, Class<T> type) {
        List<String> conditions = new ArrayList<>();
        if (query.subjectType() != null) {
            conditions.add("a.subjectType = :subjectType");
        }
        if (query.subjectId() != null) {
            conditions.add("a.subjectId = :subjectId");
        }
        if (query.actor() != null) {
            conditions.add("a.actor = :actor");
        }
        if (query.from() != null) {
            conditions.add("a.occurredAt >= :from");
        }
        if (query.toExclusive() != null) {
            conditions.add("a.occurredAt < :to");
        }
        String jpql = select + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)) + order;
        TypedQuery<T> typed = em.createQuery(jpql, type);
        if (query.subjectType() != null) {
            typed.setParameter("subjectType", query.subjectType());
        }
        if (query.subjectId() != null) {
            typed.setParameter("subjectId", query.subjectId());
        }
        if (query.actor() != null) {
            typed.setParameter("actor", query.actor());
        }
        if (query.from() != null) {
            typed.setParameter("from", query.from());
        }
        if (query.toExclusive() != null) {
            typed.setParameter("to", query.toExclusive());
        }
        return typed;
    }
}
