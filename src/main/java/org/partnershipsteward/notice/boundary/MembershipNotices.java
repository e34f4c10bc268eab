package org.partnershipsteward.notice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import org.partnershipsteward.membership.boundary.ApplicationEvent;
import org.partnershipsteward.membership.boundary.AssistantNamed;
import org.partnershipsteward.membership.boundary.ContactConfirmationRequested;
import org.partnershipsteward.notice.entity.NoticeKind;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.security.PasswordLinks;

/** Tells applicants, board members and new members what happened, in the deciding transaction. */
@ApplicationScoped
public class MembershipNotices {

    @Inject
    Outbox outbox;

    @Inject
    PartnershipConfig config;

    void application(@Observes ApplicationEvent event) {
        Map<String, Object> model = new HashMap<>();
        NoticeKind kind;
        switch (event.type()) {
            case RECEIVED -> {
                kind = NoticeKind.APPLICATION_RECEIVED;
                model.put("organizationName", event.organizationName());
                model.put("link", config.baseUrl() + event.link());
            }
            case APPROVAL_REQUESTED -> {
                kind = NoticeKind.APPROVAL_REQUESTED;
                model.put("itemTitle", "Membership application of " + event.applicantName() + ", " + event.title());
                model.put("link", config.baseUrl() + "/board/queue.xhtml");
            }
            case DECIDED -> {
                kind = NoticeKind.APPLICATION_DECIDED;
                model.put("approved", event.approved());
                model.put("rejected", !event.approved() && !event.ineligible());
                model.put("ineligible", event.ineligible());
                if (event.reason() != null) {
                    model.put("reason", event.reason());
                }
                model.put("link", config.baseUrl() + event.link());
            }
            case WELCOME -> {
                kind = NoticeKind.WELCOME;
                model.put("loginEmail", event.recipientEmail());
                model.put("link", event.link());
            }
            default -> throw new IllegalStateException("Unknown application event " + event.type());
        }
        outbox.enqueue(NoticeRequest.of(kind, event.recipientEmail(), event.recipientName(), model)
                .about("Application", event.applicationId()));
    }

    void passwordReset(@Observes PasswordLinks.ResetRequested event) {
        String expires = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .format(event.expiresAt().atZone(config.zone()));
        outbox.enqueue(NoticeRequest.of(NoticeKind.PASSWORD_RESET, event.email(), event.name(),
                Map.of("expiresAt", expires, "link", event.link())).about("Account", null));
    }

    void contactConfirmation(@Observes ContactConfirmationRequested event) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", event.title());
        model.put("organizationName", event.organizationName());
        if (event.phone() != null) {
            model.put("phone", event.phone());
        }
        if (event.assistantName() != null) {
            model.put("assistantName", event.assistantName());
        }
        model.put("expiresAt", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(java.util.Locale.US)
                .format(event.expiresAt().atZone(config.zone())));
        model.put("link", event.link());
        outbox.enqueue(NoticeRequest.of(NoticeKind.CONTACT_CONFIRMATION, event.email(), event.name(), model)
                .about("Member", event.memberId()));
    }

    void assistantNamed(@Observes AssistantNamed event) {
        Map<String, Object> model = new HashMap<>();
        model.put("principalName", event.principalName());
        model.put("loginEmail", event.email());
        model.put("signIn", config.baseUrl() + "/login.xhtml");
        if (event.link() != null) {
            model.put("link", event.link());
        }
        outbox.enqueue(NoticeRequest.of(NoticeKind.ASSISTANT_WELCOME, event.email(), event.name(), model)
                .about("Assistant", event.assistantId()));
    }
}
