package org.partnershipsteward.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.bylaws.entity.BylawsDocument;
import org.partnershipsteward.organization.boundary.Organizations;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.organization.entity.Sector;

/** The figures of each role's dashboard. */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    Organizations organizations;

    @Inject
    Bylaws bylaws;

    private BylawsDocument current;
    private List<Organization> all;

    private BylawsDocument current() {
        if (current == null) {
            current = bylaws.current();
        }
        return current;
    }

    private List<Organization> all() {
        if (all == null) {
            all = organizations.all();
        }
        return all;
    }

    public int getBylawsVersion() {
        return current().version();
    }

    public LocalDate getBylawsEffectiveFrom() {
        return current().effectiveFrom();
    }

    public int getOrganizationCount() {
        return all().size();
    }

    public long getPublicCount() {
        return all().stream().filter(o -> o.getSector() == Sector.PUBLIC).count();
    }

    public long getPrivateCount() {
        return all().stream().filter(o -> o.getSector() == Sector.PRIVATE).count();
    }

    public int getSeatCount() {
        return current().board().seatCount();
    }

    public int getAttendanceMinimum() {
        return current().attendance().minimum();
    }

    public int getPeriodMonths() {
        return current().attendance().periodMonths();
    }

    public String getSurveyShare() {
        return Math.round(current().surveys().minimumShare() * 100) + "%";
    }
}
