package org.partnershipsteward.membership.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnershipsteward.audit.entity.AuditEntry;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.organization.boundary.Organizations;
import org.partnershipsteward.platform.web.Messages;

/** One member: details, the history of decisions, and (secretariat) status decisions and reviews. */
@Named
@ViewScoped
public class MemberPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Members members;

    @Inject
    transient Organizations organizations;

    private Long id;
    private Member member;
    private MemberStatus newStatus;
    private String reason;
    private String reviewNote;

    public void load() {
        if (id != null) {
            member = members.byId(id);
        }
    }

    public Member getMember() {
        return member;
    }

    public String getOrganizationName() {
        return member == null ? "" : organizations.byId(member.getOrganizationId()).getName();
    }

    public List<AuditEntry> getHistory() {
        return member == null ? List.of() : members.history(member.getId());
    }

    public void changeStatus() {
        Member changed = Messages.attempt(() -> members.changeStatus(id, new StatusChangeRequest(
                newStatus == null ? null : newStatus.name(), reason, null)));
        if (changed != null) {
            member = changed;
            Messages.info("Recorded: " + changed.fullName() + " is " + changed.getStatus());
            reason = null;
        }
    }

    public void confirmExecutiveLevel() {
        Member settled = Messages.attempt(() -> members.settleExecutiveLevel(id, reviewNote));
        if (settled != null) {
            member = settled;
            Messages.info("Executive level confirmed");
        }
    }

    public MemberStatus[] getStatuses() {
        return MemberStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MemberStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(MemberStatus newStatus) {
        this.newStatus = newStatus;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public void setReviewNote(String reviewNote) {
        this.reviewNote = reviewNote;
    }
}
