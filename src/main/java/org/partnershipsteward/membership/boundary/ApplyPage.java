package org.partnershipsteward.membership.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.bylaws.entity.BylawsDocument;
import org.partnershipsteward.eligibility.control.Finding;
import org.partnershipsteward.membership.entity.Application;
import org.partnershipsteward.organization.boundary.Organizations;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.platform.web.Messages;

/** The public application form: no login; shows the pre-screen's findings right away. */
@Named
@ViewScoped
public class ApplyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Applications applications;

    @Inject
    transient Organizations organizations;

    @Inject
    transient Bylaws bylaws;

    private String firstName;
    private String lastName;
    private String email;
    private String title;
    private Long organizationId;
    private String criterion;
    private String submittedStatus;
    private String statusToken;
    private List<Finding> findings;

    public void submit() {
        Application application = Messages.attempt(() -> applications.submit(new ApplicationRequest(firstName, lastName,
                email, title, organizationId, criterion, null)));
        if (application != null) {
            submittedStatus = application.getStatus().name();
            statusToken = application.getStatusToken();
            findings = Applications.findings(application);
        }
    }

    public List<Organization> getOrganizations() {
        return organizations.forApplicants();
    }

    public List<BylawsDocument.Criterion> getCriteria() {
        return bylaws.current().membership().criteria();
    }

    public boolean isSubmitted() {
        return submittedStatus != null;
    }

    public String getSubmittedStatus() {
        return submittedStatus;
    }

    public String getStatusToken() {
        return statusToken;
    }

    public List<Finding> getFindings() {
        return findings;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getCriterion() {
        return criterion;
    }

    public void setCriterion(String criterion) {
        this.criterion = criterion;
    }
}
