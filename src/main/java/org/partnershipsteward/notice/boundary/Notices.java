package org.partnershipsteward.notice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.platform.security.Tokens;
import org.partnershipsteward.notice.entity.Notice;
import org.partnershipsteward.notice.entity.NoticeKind;
import org.partnershipsteward.notice.entity.NoticeStatus;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.security.Account;
import org.partnershipsteward.platform.security.Roles;

/** The notice log for the secretariat (filter, resend) and one-click unsubscribing for anyone with a link. */
@Stateless
@RolesAllowed(Roles.SECRETARIAT)
public class Notices {

    /** At most this many rows per query; the log is a working list, not an archive export. */
    public static final int MAX_ROWS = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Notices newest first, filtered by any of recipient (exact email), kind and status. */
    public List<Notice> find(String recipient, NoticeKind kind, NoticeStatus status) {
        StringBuilder jpql = new StringBuilder("SELECT n FROM Notice n WHERE 1 = 1");
        List<Object[]> parameters = new ArrayList<>();
        if (recipient != null && !recipient.isBlank()) {
            jpql.append(" AND n.recipientEmail = :recipient");
            parameters.add(new Object[] {"recipient", Account.normalizeEmail(recipient)});
        }
        if (kind != null) {
            jpql.append(" AND n.kind = :kind");
            parameters.add(new Object[] {"kind", kind});
        }
        if (status == NoticeStatus.PENDING) {
            jpql.append(" AND n.status IN :statuses");
            parameters.add(new Object[] {"statuses", List.of(NoticeStatus.PENDING, NoticeStatus.SENDING)});
        } else if (status != null) {
            jpql.append(" AND n.status = :status");
            parameters.add(new Object[] {"status", status});
        }
        jpql.append(" ORDER BY n.id DESC");
        TypedQuery<Notice> query = em.createQuery(jpql.toString(), Notice.class).setMaxResults(MAX_ROWS);
        parameters.forEach(p -> query.setParameter((String) p[0], p[1]));
        return query.getResultList();
    }

    public Notice byId(long id) {
        Notice notice = em.find(Notice.class, id);
        if (notice == null) {
            throw new UnknownEntityException("notice", id);
        }
        return notice;
    }

    /** Sends a failed notice again, with the same Message-ID. */
    public Notice resend(long id) {
        Notice notice = byId(id);
        if (!notice.resend(clock.instant())) {
            throw new ConflictException("Only a failed notice can be resent; this one is " + notice.publicStatus());
        }
        audit.record("NOTICE_RESENT", "Notice", id, notice.getKind() + " to " + notice.getRecipientEmail());
        return notice;
    }

    /**
     * Switches off the optional kind named by an unsubscribe link (RFC 8058 one-click, no login).
     * Returns the kind, or null when the link is unknown. Doing it twice changes nothing.
     */
    @PermitAll
    public NoticeKind unsubscribe(String token) {
        if (!Tokens.wellFormed(token)) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT email, kind FROM unsubscribe_link WHERE token_hash = ?")
                .setParameter(1, Tokens.hash(token)).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        String email = (String) rows.get(0)[0];
        NoticeKind kind = NoticeKind.valueOf((String) rows.get(0)[1]);
        int exists = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM notice_opt_out WHERE email = ? AND kind = ?")
                .setParameter(1, email).setParameter(2, kind.name()).getSingleResult()).intValue();
        if (exists == 0) {
            em.createNativeQuery("INSERT INTO notice_opt_out (email, kind, created_at) VALUES (?, ?, ?)")
                    .setParameter(1, email).setParameter(2, kind.name())
                    .setParameter(3, java.sql.Timestamp.from(clock.instant())).executeUpdate();
            audit.record("NOTICE_UNSUBSCRIBED", "NoticeKind", null, email + " switched off " + kind);
        }
        return kind;
    }
}
