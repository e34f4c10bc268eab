package org.partnershipsteward.notice.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipsteward.notice.entity.NoticeKind;

/** The page behind the unsubscribe link in a mail: shows a button; only the POST switches anything off. */
@Named
@RequestScoped
public class UnsubscribePage {

    @Inject
    Notices notices;

    private String token;
    private NoticeKind done;
    private boolean unknown;

    public void confirm() {
        done = notices.unsubscribe(token);
        unknown = done == null;
    }

    public String getDoneLabel() {
        return done == null ? "" : done.name().toLowerCase().replace('_', ' ');
    }

    public boolean isDone() {
        return done != null;
    }

    public boolean isUnknown() {
        return unknown;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
