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
import java.time.LocalDate;
import org.partnershipsteward.bylaws.entity.Criterion;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.InvalidInputException;

/** An executive who belongs to the partnership on behalf of an organisation. */
@Entity
@Table(name = "member")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String title;

    private String phone;

    @Column(name = "assistant_name")
    private String assistantName;

    @Column(name = "assistant_email")
    private String assistantEmail;

    @Column(name = "assistant_phone")
    private String assistantPhone;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Criterion criterion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "executive_level", nullable = false)
    private ExecutiveLevel executiveLevel;

    @Column(name = "executive_note")
    private String executiveNote;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Column(name = "reinstated_on")
    private LocalDate reinstatedOn;

    @Column(name = "contact_confirmed_at")
    private Instant contactConfirmedAt;

    @Column(name = "prescreen_findings")
    private String prescreenFindings;

    @Column(name = "share_title", nullable = false)
    private boolean shareTitle = true;

    @Column(name = "share_organization", nullable = false)
    private boolean shareOrganization = true;

    @Column(name = "share_email", nullable = false)
    private boolean shareEmail;

    @Column(name = "share_phone", nullable = false)
    private boolean sharePhone;

    @Column(name = "share_topics", nullable = false)
    private boolean shareTopics;

    @Column(name = "share_emergency", nullable = false)
    private boolean shareEmergency;

    @Column(name = "emergency_mobile")
    private String emergencyMobile;

    @Column(name = "after_hours_phone")
    private String afterHoursPhone;

    @Column(name = "backup_name")
    private String backupName;

    @Column(name = "backup_phone")
    private String backupPhone;

    @Column(name = "backup_email")
    private String backupEmail;

    @Column(name = "emergency_confirmed_at")
    private Instant emergencyConfirmedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Member() {
    }

    public Member(String firstName, String lastName, String email, String title, Long organizationId,
            Criterion criterion, LocalDate joinedOn, Instant now) {
        this.firstName = firstName.trim();
        this.lastName = lastName.trim();
        this.email = email;
        this.title = title.trim();
        this.organizationId = organizationId;
        this.criterion = criterion;
        this.status = MemberStatus.ACTIVE;
        this.executiveLevel = ExecutiveLevel.CONFIRMED;
        this.joinedOn = joinedOn;
        this.createdAt = now;
        this.updatedAt = now;
        this.contactConfirmedAt = now;
    }

    public void linkAccount(Long accountId) {
        this.accountId = accountId;
    }

    /**
     * A member brought in by an import keeps the pre-screen an applicant would have had; a title the pre-screen could
     * not confirm as executive level is flagged for the secretariat, as after a change of position.
     */
    public void recordPrescreen(String findingsJson, String executiveNote, Instant now) {
        this.prescreenFindings = findingsJson;
        this.executiveLevel = executiveNote == null ? ExecutiveLevel.CONFIRMED : ExecutiveLevel.NEEDS_REVIEW;
        this.executiveNote = executiveNote;
        this.updatedAt = now;
    }

    /** An import corrects what a file says about the member (names, title, organisation, criterion, dates, phone). */
    public void imported(String newFirstName, String newLastName, String newTitle, Long newOrganizationId,
            Criterion newCriterion, MemberStatus newStatus, LocalDate newJoinedOn, LocalDate newLeftOn, String newPhone,
            Instant now) {
        this.firstName = newFirstName.trim();
        this.lastName = newLastName.trim();
        this.title = newTitle.trim();
        this.organizationId = newOrganizationId;
        this.criterion = newCriterion;
        this.status = newStatus;
        this.joinedOn = newJoinedOn;
        this.leftOn = newLeftOn;
        this.phone = blankToNull(newPhone);
        this.updatedAt = now;
    }

    /** The member keeps their contact details current; phone and assistant never need a review. */
    public void updateContact(String phone, String assistantName, String assistantEmail, String assistantPhone,
            Instant now) {
        this.phone = blankToNull(phone);
        this.assistantName = blankToNull(assistantName);
        this.assistantEmail = blankToNull(assistantEmail);
        this.assistantPhone = blankToNull(assistantPhone);
        this.contactConfirmedAt = now;
        this.updatedAt = now;
    }

    /** The member confirmed that the details held about them are still right. */
    public void confirmContact(Instant now) {
        this.contactConfirmedAt = now;
        this.updatedAt = now;
    }

    /**
     * A new title or organisation: the executive-level check runs again, and unless it confirms the
     * title, the member is flagged for the secretariat. Returns whether anything changed.
     */
    public boolean changePosition(String newTitle, Long newOrganizationId, boolean executiveConfirmed, String note,
            Instant now) {
        String t = newTitle.trim();
        if (t.equals(title) && newOrganizationId.equals(organizationId)) {
            return false;
        }
        this.title = t;
        this.organizationId = newOrganizationId;
        this.executiveLevel = executiveConfirmed ? ExecutiveLevel.CONFIRMED : ExecutiveLevel.NEEDS_REVIEW;
        this.executiveNote = executiveConfirmed ? null : note;
        this.updatedAt = now;
        return true;
    }

    /** The secretariat settles a flagged executive-level check. */
    public void settleExecutiveLevel(String note, Instant now) {
        this.executiveLevel = ExecutiveLevel.CONFIRMED;
        this.executiveNote = note;
        this.updatedAt = now;
    }

    /** A recorded decision changes the status; leaving sets the date the membership ended. */
    public void changeStatus(MemberStatus newStatus, LocalDate effective, Instant now) {
        if (newStatus.current() && !status.current()) {
            this.reinstatedOn = effective; // judged for obligations like a member who joined that day
        }
        this.status = newStatus;
        this.leftOn = newStatus.current() ? null : effective;
        this.updatedAt = now;
    }

    /** The member chooses what other members see of them (directory, vCards, emergency roster). */
    public void chooseSharing(SharingChoices sharing, Instant now) {
        this.shareTitle = sharing.title();
        this.shareOrganization = sharing.organization();
        this.shareEmail = sharing.email();
        this.sharePhone = sharing.phone();
        this.shareTopics = sharing.topics();
        this.shareEmergency = sharing.emergency();
        this.updatedAt = now;
    }

    public SharingChoices getSharing() {
        return new SharingChoices(shareTitle, shareOrganization, shareEmail, sharePhone, shareTopics, shareEmergency);
    }

    /**
     * The member keeps their 24/7 contacts; saving them confirms them. Contacts that break the roster rules
     * are refused ({@link EmergencyContacts#problems()}); empty contacts take the member off the roster.
     */
    public void keepEmergencyContacts(EmergencyContacts contacts, Instant now) {
        var problems = contacts.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.emergencyMobile = contacts.mobile();
        this.afterHoursPhone = contacts.afterHoursPhone();
        this.backupName = contacts.backupName();
        this.backupPhone = contacts.backupPhone();
        this.backupEmail = contacts.backupEmail();
        this.emergencyConfirmedAt = contacts.isEmpty() ? null : now;
        this.updatedAt = now;
    }

    /** Whether the member has a roster entry at all. */
    public boolean hasEmergencyContacts() {
        return !emergencyContacts().isEmpty();
    }

    /** The member says their 24/7 contacts are still right (one click, or with the yearly confirmation). */
    public void confirmEmergencyContacts(Instant now) {
        if (!hasEmergencyContacts()) {
            throw new ConflictException("There are no emergency contacts to confirm: enter them first");
        }
        this.emergencyConfirmedAt = now;
        this.updatedAt = now;
    }

    public EmergencyContacts emergencyContacts() {
        return new EmergencyContacts(emergencyMobile, afterHoursPhone, backupName, backupPhone, backupEmail);
    }

    public Instant getEmergencyConfirmedAt() {
        return emergencyConfirmedAt;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
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

    public String getPhone() {
        return phone;
    }

    public String getAssistantName() {
        return assistantName;
    }

    public String getAssistantEmail() {
        return assistantEmail;
    }

    public String getAssistantPhone() {
        return assistantPhone;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public ExecutiveLevel getExecutiveLevel() {
        return executiveLevel;
    }

    public String getExecutiveNote() {
        return executiveNote;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getReinstatedOn() {
        return reinstatedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public String getPrescreenFindings() {
        return prescreenFindings;
    }

    public Instant getContactConfirmedAt() {
        return contactConfirmedAt;
    }
}
