package org.partnershipsteward.notice.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnershipsteward.notice.entity.Notice;
import org.partnershipsteward.notice.entity.NoticeKind;
import org.partnershipsteward.notice.entity.NoticeStatus;
import org.partnershipsteward.platform.domain.ConflictException;

/** The secretariat's notice log: filter by recipient, kind and status; resend a failed notice. */
@Named
@ViewScoped
public class NoticeLogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Notices notices;

    private String recipient;
    private NoticeKind kind;
    private NoticeStatus status;
    private List<Notice> rows;

    public List<Notice> getRows() {
        if (rows == null) {
            rows = notices.find(recipient, kind, status);
        }
        return rows;
    }

    public void search() {
        rows = null;
    }

    public void resend(long id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Notice notice = notices.resend(id);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Queued again: " + notice.getSubject() + " to " + notice.getRecipientEmail(), null));
        } catch (ConflictException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
        rows = null;
    }

    public NoticeKind[] getKinds() {
        return NoticeKind.values();
    }

    public NoticeStatus[] getStatuses() {
        return new NoticeStatus[] {NoticeStatus.PENDING, NoticeStatus.SENT, NoticeStatus.FAILED};
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public void setKind(NoticeKind kind) {
        this.kind = kind;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public void setStatus(NoticeStatus status) {
        this.status = status;
    }
}
