package org.partnershipsteward.obligation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.partnershipsteward.health.boundary.HandoverItem;
import org.partnershipsteward.health.boundary.HandoverSection;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.platform.web.Labels;
import org.partnershipsteward.platform.time.Period;
import org.partnershipsteward.obligation.control.Standing;
import org.partnershipsteward.obligation.entity.StatusProposal;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.security.Roles;

/**
 * The open compliance cases on the secretariat's hand-over view: status changes waiting for the board,
 * an ended period not closed yet, and who in the current period has not met an obligation so far.
 */
@Stateless
@RolesAllowed(Roles.SECRETARIAT)
public class ComplianceHandover implements HandoverSection {

    static final String PAGE = "/members/compliance.xhtml";

    @PersistenceContext
    EntityManager em;

    @Inject
    Compliance compliance;

    @Inject
    StatusProposals statusProposals;

    @Inject
    PartnershipConfig config;

    @Override
    public String key() {
        return COMPLIANCE;
    }

    @Override
    public String title() {
        return "Open compliance cases";
    }

    @Override
    public String link() {
        return PAGE;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public List<HandoverItem> items() {
        List<HandoverItem> items = new ArrayList<>();
        ZoneId zone = config.zone();
        for (StatusProposal p : statusProposals.proposals(StatusProposal.State.PENDING)) {
            Member member = em.find(Member.class, p.getMemberId());
            String name = member == null ? "Member " + p.getMemberId() : member.fullName();
            items.add(new HandoverItem(name + ": " + Labels.label(p.getFromStatus()) + " → " + Labels.label(p.getToStatus()),
                    "proposed after " + p.getPeriod() + " (" + p.getReason() + "); waits for the board's majority",
                    "/board/queue.xhtml", p.getCreatedAt().atZone(zone).toLocalDate().toString()));
        }
        Period last = compliance.currentPeriod().previous();
        if (!compliance.closed(last)) {
            items.add(new HandoverItem("Period " + last + " has ended and is not closed",
                    "closing warns who fell short and proposes status changes; it closes on its own on "
                            + last.endExclusive().plusDays(config.closeAfterDays()) + ", or close it now",
                    PAGE, last.endExclusive().plusDays(config.closeAfterDays()).toString()));
        }
        Period current = compliance.currentPeriod();
        long fellShort = compliance.report(current.toString()).stream().filter(Standing::fellShort).count();
        if (fellShort > 0) {
            items.add(new HandoverItem(fellShort + " member(s) have not met an obligation in " + current + " so far",
                    "the compliance page lists each with the reasons; a reminder or an excuse before the period ends "
                            + "saves a warning", PAGE, current.end().toString()));
        }
        return items;
    }
}
