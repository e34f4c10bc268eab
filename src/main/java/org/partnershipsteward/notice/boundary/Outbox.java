package org.partnershipsteward.notice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.partnershipsteward.notice.control.TemplateRenderer;
import org.partnershipsteward.platform.security.Tokens;
import org.partnershipsteward.notice.entity.Notice;
import org.partnershipsteward.notice.entity.NoticeKind;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.security.Account;

/**
 * Stores notices, rendered, in the caller's transaction: the decision and its notices commit together
 * or not at all. The relay sends them after commit. Internal: components call it (or raise events
 * that an observer turns into calls); no page or resource does.
 */
@Stateless
@PermitAll
public class Outbox {

    private static final TemplateRenderer RENDERER = new TemplateRenderer();

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnershipConfig config;

    @Inject
    Clock clock;

    /** Stores the notice; empty when the recipient switched this optional kind off. */
    public Optional<Notice> enqueue(NoticeRequest request) {
        String email = Account.normalizeEmail(request.email());
        NoticeKind kind = request.kind();
        if (kind.optional() && optedOut(email, kind)) {
            return Optional.empty();
        }
        Map<String, Object> model = new HashMap<>(request.model() == null ? Map.of() : request.model());
        model.put("partnershipName", config.name());
        model.put("recipientName", request.name());
        model.put("baseUrl", config.baseUrl());
        String unsubscribeUrl = null;
        if (kind.optional()) {
            String token = Tokens.random();
            em.createNativeQuery("INSERT INTO unsubscribe_link (token_hash, email, kind, created_at) VALUES (?, ?, ?, ?)")
                    .setParameter(1, Tokens.hash(token)).setParameter(2, email).setParameter(3, kind.name())
                    .setParameter(4, java.sql.Timestamp.from(clock.instant())).executeUpdate();
            unsubscribeUrl = config.baseUrl() + "/api/unsubscribe/" + token;
            model.put("unsubscribeLink", config.baseUrl() + "/unsubscribe.xhtml?token=" + token);
        }
        var rendered = RENDERER.render(kind, model);
        Notice notice = new Notice(kind, email, request.name(), rendered.subject(), rendered.text(), rendered.html(),
                messageId(), clock.instant())
                .about(request.subjectType(), request.subjectId())
                .withUnsubscribeUrl(unsubscribeUrl);
        if (request.notBefore() != null) {
            notice.dueAt(request.notBefore());
        }
        if (request.calendar() != null) {
            notice.withCalendar(request.calendar().ics(), request.calendar().method().name());
        }
        em.persist(notice);
        return Optional.of(notice);
    }

    boolean optedOut(String email, NoticeKind kind) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM notice_opt_out WHERE email = ? AND kind = ?")
                .setParameter(1, email).setParameter(2, kind.name()).getSingleResult()).intValue() > 0;
    }

    /** A Message-ID that is fixed when the notice is stored, so every retry is the same mail. */
    private String messageId() {
        String host = Optional.ofNullable(URI.create(config.baseUrl()).getHost()).orElse("localhost");
        return "<notice." + UUID.randomUUID() + "@" + host + ">";
    }
}
