package org.partnershipsteward.membership.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.eligibility.control.Finding;
import org.partnershipsteward.membership.entity.Application;
import org.partnershipsteward.membership.entity.ApplicationStatus;
import org.partnershipsteward.organization.boundary.Organizations;
import org.partnershipsteward.platform.web.Messages;

/** The secretariat's list of applications; settles the findings that need a person's eye. */
@Named
@ViewScoped
public class ApplicationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Applications applications;

    @Inject
    transient Organizations organizations;

    private ApplicationStatus status;
    private List<Application> rows;
    private final Map<Long, String> notes = new HashMap<>();

    public List<Application> getRows() {
        if (rows == null) {
            rows = applications.find(status);
        }
        return rows;
    }

    public void search() {
        rows = null;
    }

    public boolean needsReview(Application application) {
        return application.getStatus() == ApplicationStatus.UNDER_REVIEW && Applications.needsReview(application);
    }

    public List<Finding> findings(Application application) {
        return Applications.findings(application);
    }

    public String organizationName(long id) {
        return organizations.byId(id).getName();
    }

    public void confirm(long id) {
        settle(id, true);
    }

    public void refuse(long id) {
        settle(id, false);
    }

    private void settle(long id, boolean confirmed) {
        Application settled = Messages.attempt(() -> applications.review(id, new ReviewRequest(confirmed, notes.get(id), null)));
        if (settled != null) {
            Messages.info(settled.fullName() + ": " + (confirmed ? "executive level confirmed" : "executive level not met")
                    + "; the application is " + settled.getStatus());
        }
        rows = null;
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
