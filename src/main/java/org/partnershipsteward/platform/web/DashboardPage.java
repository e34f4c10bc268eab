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

    @Inject
    org.partnershipsteward.membership.boundary.Members members;

    @Inject
    org.partnershipsteward.membership.boundary.Applications applications;

    @Inject
    org.partnershipsteward.notice.boundary.Notices notices;

    @Inject
    jakarta.security.enterprise.SecurityContext security;

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

    public long getActiveMemberCount() {
        return members.find(org.partnershipsteward.membership.entity.MemberStatus.ACTIVE).size();
    }

    public long getOpenApplicationCount() {
        return applications.find(org.partnershipsteward.membership.entity.ApplicationStatus.UNDER_REVIEW).size();
    }

    public long getFailedNoticeCount() {
        return notices.find(null, null, org.partnershipsteward.notice.entity.NoticeStatus.FAILED).size();
    }

    @Inject
    org.partnershipsteward.obligation.boundary.Compliance compliance;

    /** Status changes after missed obligations that wait for the board. */
    public int getProposalCount() {
        return compliance.proposals(org.partnershipsteward.obligation.entity.StatusProposal.State.PENDING).size();
    }

    public int getAwaitingMyVote() {
        return applications.awaitingVotes().size() + getProposalCount();
    }

    /** Whether the signed-in member has acknowledged the bylaws in force (true for accounts without a member record). */
    public boolean isBylawsAcknowledged() {
        try {
            return members.acknowledged(members.me().getId(), current().version());
        } catch (org.partnershipsteward.platform.domain.UnknownEntityException e) {
            return true;
        }
    }

    @Inject
    org.partnershipsteward.summit.boundary.Summits summits;

    @Inject
    org.partnershipsteward.platform.config.PartnershipConfig config;

    /** The next summit that takes place, if any. */
    public org.partnershipsteward.summit.entity.Summit getNextSummit() {
        return summits.upcoming().stream().findFirst().orElse(null);
    }

    public String getNextSummitWhen() {
        var next = getNextSummit();
        return next == null ? "" : java.time.format.DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy h:mm a z", java.util.Locale.US)
                .format(next.getStartsAt().atZone(config.zone()));
    }

    /** The bylaws' cadence warnings of the plan (they warn, they do not block). */
    public java.util.List<org.partnershipsteward.summit.control.CadenceWarning> getCadenceWarnings() {
        return summits.warnings();
    }

    public String getSurveyShare() {
        return Math.round(current().surveys().minimumShare() * 100) + "%";
    }
}
