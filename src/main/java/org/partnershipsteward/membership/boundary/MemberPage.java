package org.partnershipsteward.membership.boundary;

import org.partnershipsteward.platform.web.Labels;
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
    private String transitionType;
    private java.time.LocalDate effectiveDate;
    private String successorEmail;

    /** Loads the member of the address; an unknown id says so instead of an error page. */
    public void load() {
        if (id != null) {
            try {
                member = members.byId(id);
            } catch (org.partnershipsteward.platform.domain.UnknownEntityException e) {
                org.partnershipsteward.platform.web.Messages.error("There is no member " + id + ".");
            }
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
            Messages.info("Recorded: " + changed.fullName() + " is " + Labels.inSentence(changed.getStatus()));
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

    public void recordTransition() {
        Member changed = Messages.attempt(() -> members.transition(id, new TransitionRequest(transitionType,
                effectiveDate, successorEmail)));
        if (changed != null) {
            member = changed;
            Messages.info("Recorded: " + changed.fullName() + " left the partnership; seats are vacated"
                    + (successorEmail == null || successorEmail.isBlank() ? "." : " and the successor is invited to apply."));
        }
    }

    public TransitionRequest.TransitionType[] getTransitionTypes() {
        return TransitionRequest.TransitionType.values();
    }

    public String getTransitionType() {
        return transitionType;
    }

    public void setTransitionType(String transitionType) {
        this.transitionType = transitionType;
    }

    public java.time.LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(java.time.LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public String getSuccessorEmail() {
        return successorEmail;
    }

    public void setSuccessorEmail(String successorEmail) {
        this.successorEmail = successorEmail;
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
