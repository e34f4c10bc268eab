package org.partnershipsteward.membership.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.partnershipsteward.eligibility.control.Finding;
import org.partnershipsteward.membership.entity.Application;

/** The applicant's own read-only status page, reached through the link in their mails. */
@Named
@RequestScoped
public class ApplicationStatusPage {

    @Inject
    Applications applications;

    private String token;
    private Application application;

    public void load() {
        application = applications.byStatusToken(token).orElse(null);
    }

    public Application getApplication() {
        return application;
    }

    public List<Finding> getFindings() {
        return application == null ? List.of() : Applications.findings(application);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
