package org.partnershipsteward.obligation.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.membership.boundary.MemberDirectory;
import org.partnershipsteward.membership.boundary.MemberDirectoryPage.Row;
import org.partnershipsteward.obligation.control.Standing;
import org.partnershipsteward.obligation.entity.StatusProposal;
import org.partnershipsteward.platform.web.Messages;

/** The compliance page (secretariat and board): standing per period, excuses, closing a period. */
@Named
@ViewScoped
public class CompliancePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Compliance compliance;

    @Inject
    transient PeriodClosing periodClosing;

    @Inject
    transient Excuses excuses;

    @Inject
    transient StatusProposals statusProposals;

    @Inject
    transient MemberDirectory directory;

    private String period;
    private List<Standing> standings;
    /** The directory's shared lines (name, status) by member id: the view holds no copy of 5,000 members. */
    private transient Map<Long, Row> lines;
    private Long excuseMemberId;
    private String excuseReason;
    private boolean onlyShort;

    @PostConstruct
    void init() {
        period = compliance.currentPeriod().previous().toString();
    }

    public void load() {
        standings = Messages.attempt(() -> compliance.report(period));
        lines = null;
    }

    public List<Standing> getStandings() {
        if (standings == null) {
            load();
        }
        return standings == null ? List.of() : onlyShort ? standings.stream().filter(Standing::fellShort).toList() : standings;
    }

    public long getShortCount() {
        return getStandings().stream().filter(Standing::fellShort).count();
    }

    /** The member's directory line (name "Last, First", status), or an empty line for a member not found. */
    public Row member(long id) {
        if (lines == null) {
            lines = directory.byId();
        }
        return lines.getOrDefault(id, new Row(id, "member " + id, "", "", "", "", "", "", false, false, ""));
    }

    /** The secretariat chose a member who fell short (a row's button): the excuse form asks for the reason. */
    public void choose(long memberId) {
        excuseMemberId = memberId;
        excuseReason = null;
    }

    public void cancelExcuse() {
        excuseMemberId = null;
        excuseReason = null;
    }

    public boolean isClosed() {
        try {
            return compliance.closed(compliance.period(period));
        } catch (RuntimeException e) {
            return false; // a bad period is reported by load()
        }
    }

    public List<String> getClosedPeriods() {
        return compliance.closedPeriods();
    }

    public List<StatusProposal> getPendingProposals() {
        return statusProposals.proposals(StatusProposal.State.PENDING);
    }

    public void closePeriod() {
        PeriodClosing.Closure closure = Messages.attempt(() -> periodClosing.close(period));
        if (closure != null) {
            Messages.info("Closed " + closure.period() + ": " + closure.judged() + " members judged, " + closure.fellShort()
                    + " fell short, " + closure.warned() + " warned by email, " + closure.proposals()
                    + " status change(s) put to the board");
        }
        load();
    }

    public void excuse() {
        Boolean done = Messages.attempt(() -> {
            excuses.excuse(period, excuseMemberId, excuseReason);
            return Boolean.TRUE;
        });
        if (done != null) {
            Messages.info("Excused for " + period + ": " + member(excuseMemberId).name());
            excuseMemberId = null;
            excuseReason = null;
        }
        load();
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public Long getExcuseMemberId() {
        return excuseMemberId;
    }

    public void setExcuseMemberId(Long excuseMemberId) {
        this.excuseMemberId = excuseMemberId;
    }

    public String getExcuseReason() {
        return excuseReason;
    }

    public void setExcuseReason(String excuseReason) {
        this.excuseReason = excuseReason;
    }

    public boolean isOnlyShort() {
        return onlyShort;
    }

    public void setOnlyShort(boolean onlyShort) {
        this.onlyShort = onlyShort;
    }
}
