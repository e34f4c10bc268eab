package org.partnershipsteward.membership.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.partnershipsteward.bylaws.entity.Criterion;

/**
 * An executive's application for membership: the pre-screen's findings (as JSON), the secretariat's
 * review, and the board's decision. Moves SUBMITTED → UNDER_REVIEW | INELIGIBLE → APPROVED | REJECTED.
 */
@Entity
@Table(name = "membership_application")
public class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(nullable = false)
    private String email;

    @Column(name = "open_email")
    private String openEmail;

    @Column(nullable = false)
    private String title;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Criterion criterion;

    @Column(name = "sponsor_member_id")
    private Long sponsorMemberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;

    @Column(nullable = false)
    private String findings;

    @Column(name = "review_note")
    private String reviewNote;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "status_token", nullable = false, unique = true)
    private String statusToken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Application() {
    }

    public Application(String firstName, String lastName, String email, String title, Long organizationId,
            Criterion criterion, Long sponsorMemberId, String statusToken, Instant now) {
        this.firstName = firstName.trim();
        this.lastName = lastName.trim();
        this.email = email;
        this.openEmail = email;
        this.title = title.trim();
        this.organizationId = organizationId;
        this.criterion = criterion;
        this.sponsorMemberId = sponsorMemberId;
        this.status = ApplicationStatus.SUBMITTED;
        this.findings = "[]";
        this.statusToken = statusToken;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Records the pre-screen: eligible or needing review goes to the board; a rule not met ends it. */
    public void prescreened(String findingsJson, boolean anyNotMet, Instant now) {
        requireOpen();
        this.findings = findingsJson;
        this.status = anyNotMet ? ApplicationStatus.INELIGIBLE : ApplicationStatus.UNDER_REVIEW;
        if (anyNotMet) {
            close(now);
        }
        this.updatedAt = now;
    }

    /** The secretariat settled a finding that needed review. */
    public void reviewed(String findingsJson, boolean anyNotMet, String note, String by, Instant now) {
        requireOpen();
        this.reviewNote = note;
        this.reviewedBy = by;
        prescreened(findingsJson, anyNotMet, now);
    }

    public void approve(Long newMemberId, String reason, Instant now) {
        requireOpen();
        this.status = ApplicationStatus.APPROVED;
        this.memberId = newMemberId;
        this.decisionReason = reason;
        close(now);
    }

    public void reject(String reason, Instant now) {
        requireOpen();
        this.status = ApplicationStatus.REJECTED;
        this.decisionReason = reason;
        close(now);
    }

    private void close(Instant now) {
        this.openEmail = null;
        this.decidedAt = now;
        this.updatedAt = now;
    }

    private void requireOpen() {
        if (!status.open()) {
            throw new IllegalStateException("Application " + id + " is " + status + " already");
        }
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public Long getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return fullName();
    }

    public String getEmail() {
        return email;
    }

    public String getTitle() {
        return title;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public Long getSponsorMemberId() {
        return sponsorMemberId;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getFindings() {
        return findings;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getMemberId() {
        return memberId;
    }

    /** The token of the applicant's read-only status page. */
    public String getStatusToken() {
        return statusToken;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
