package org.partnershipsteward.membership.boundary;

import org.partnershipsteward.membership.entity.Application;
import org.partnershipsteward.membership.entity.ApplicationStatus;

/**
 * Something happened to an application that somebody must hear about; raised inside the deciding
 * transaction and turned into notices there.
 */
public record ApplicationEvent(Type type, long applicationId, String recipientEmail, String recipientName,
        String applicantName, String title, String organizationName, boolean approved, boolean ineligible, String reason,
        String link) {

    /** What happened. */
    public enum Type {
        RECEIVED, APPROVAL_REQUESTED, DECIDED, WELCOME
    }

    static ApplicationEvent received(Application a, String organizationName) {
        return new ApplicationEvent(Type.RECEIVED, a.getId(), a.getEmail(), a.fullName(), a.fullName(), a.getTitle(),
                organizationName, false, false, null, link(a));
    }

    static ApplicationEvent approvalRequested(Application a, String boardEmail, String boardName) {
        return new ApplicationEvent(Type.APPROVAL_REQUESTED, a.getId(), boardEmail, boardName, a.fullName(), a.getTitle(),
                null, false, false, null, null);
    }

    static ApplicationEvent decided(Application a, boolean approved, String reason) {
        return new ApplicationEvent(Type.DECIDED, a.getId(), a.getEmail(), a.fullName(), a.fullName(), a.getTitle(),
                null, approved, a.getStatus() == ApplicationStatus.INELIGIBLE, reason, link(a));
    }

    static ApplicationEvent welcome(Application a, String setPasswordLink) {
        return new ApplicationEvent(Type.WELCOME, a.getId(), a.getEmail(), a.fullName(), a.fullName(), a.getTitle(),
                null, true, false, null, setPasswordLink);
    }

    /** The applicant's own status page (no login: the link carries the application's status token). */
    private static String link(Application a) {
        return a.getStatusToken() == null ? null : "/application.xhtml?token=" + a.getStatusToken();
    }
}
