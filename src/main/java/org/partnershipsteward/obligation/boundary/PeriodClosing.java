package org.partnershipsteward.obligation.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.bylaws.entity.BylawsDocument;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.notice.boundary.NoticeRequest;
import org.partnershipsteward.notice.boundary.Outbox;
import org.partnershipsteward.notice.entity.NoticeKind;
import org.partnershipsteward.obligation.control.CompliancePolicy;
import org.partnershipsteward.obligation.control.ObligationRules;
import org.partnershipsteward.platform.time.Period;
import org.partnershipsteward.obligation.control.ShortPeriods;
import org.partnershipsteward.obligation.control.Standing;
import org.partnershipsteward.obligation.entity.StatusProposal;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.persistence.Constraints;
import org.partnershipsteward.platform.security.Roles;

/**
 * Closing a period once: each member's result is stored, those who fell short are warned and, after the bylaws'
 * number of short periods in a row ({@link ShortPeriods}), a status change is put to the board. The insert of the
 * period's row is the claim, so two instances never close it twice.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
public class PeriodClosing {

    @PersistenceContext
    EntityManager em;

    @Inject
    ObligationPeriods periods;

    @Inject
    Standings standings;

    @Inject
    Bylaws bylaws;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    PartnershipConfig config;

    @Inject
    Clock clock;

    /** What closing a period did. */
    public record Closure(String period, int judged, int fellShort, int warned, int proposals) {
    }

    /** The secretariat closes an ended period on demand (409 if it has not ended or is closed already). */
    @RolesAllowed(Roles.SECRETARIAT)
    public Closure close(String periodText) {
        Period period = periods.parse(periodText);
        if (period.endExclusive().isAfter(periods.today())) {
            throw new ConflictException("Period " + period + " has not ended yet; it can be closed from " + period.endExclusive());
        }
        return closeClaimed(period, true);
    }

    /**
     * The scheduled close: the latest period that ended at least {@code close-after-days} ago, if nobody
     * closed it yet.
     */
    @PermitAll
    public Optional<Closure> closeDue() {
        Period last = periods.current().previous();
        if (last.endExclusive().plusDays(config.closeAfterDays()).isAfter(periods.today()) || periods.closed(last)) {
            return Optional.empty();
        }
        return Optional.of(closeClaimed(last, true));
    }

    /**
     * Records an ended period as closed without mailing anyone: for a partnership's history from before it
     * used this system (the warnings of that time went out by other means). Results and proposals to the
     * board are stored as in a normal close, and audited.
     */
    @PermitAll
    public Closure recordHistory(String periodText) {
        Period period = periods.parse(periodText);
        if (period.endExclusive().isAfter(periods.today())) {
            throw new ConflictException("Period " + period + " has not ended yet");
        }
        return closeClaimed(period, false);
    }

    private Closure closeClaimed(Period period, boolean warn) {
        BylawsDocument inForce = bylaws.inForceOn(period.end());
        try {
            em.createNativeQuery("INSERT INTO compliance_period (period, bylaws_version, closed_at, closed_by) VALUES (?, ?, ?, ?)")
                    .setParameter(1, period.toString()).setParameter(2, inForce.version())
                    .setParameter(3, Timestamp.from(clock.instant())).setParameter(4, audit.actor()).executeUpdate();
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isViolation(e)) {
                throw new ConflictException("Period " + period + " is closed already");
            }
            throw e;
        }
        List<Standing> judgedNow = standings.of(period, null);
        CompliancePolicy policy = new CompliancePolicy(ObligationRules.of(inForce), inForce.version());
        int judged = 0;
        int fellShort = 0;
        int warned = 0;
        int proposals = 0;
        for (Standing s : judgedNow) {
            if (!s.judged()) {
                continue;
            }
            judged++;
            em.createNativeQuery("INSERT INTO compliance_result (period, member_id, fell_short, reasons) VALUES (?, ?, ?, ?)")
                    .setParameter(1, period.toString()).setParameter(2, s.memberId()).setParameter(3, s.fellShort())
                    .setParameter(4, String.join("\n", s.reasons())).executeUpdate();
            if (!s.fellShort()) {
                continue;
            }
            fellShort++;
            Member member = em.find(Member.class, s.memberId());
            if (!member.getStatus().current()) {
                continue;
            }
            if (warn) {
                outbox.enqueue(NoticeRequest.of(NoticeKind.COMPLIANCE_WARNING, member.getEmail(), member.fullName(),
                        Map.of("period", period.toString(), "reasons", s.reasons(), "link", config.baseUrl() + "/dashboard.xhtml"))
                        .about("Member", member.getId()));
                audit.record("COMPLIANCE_WARNING", "Member", member.getId(), period + ": " + String.join("; ", s.reasons()));
                warned++;
            }
            int consecutive = ShortPeriods.inARow(period, periodsFellShort(member.getId()));
            Optional<MemberStatus> to = policy.proposal(member.getStatus(), consecutive);
            if (to.isPresent()) {
                StatusProposal proposal = new StatusProposal(member.getId(), period.toString(), member.getStatus(), to.get(),
                        "Fell short in " + consecutive + " consecutive periods up to " + period + ": "
                                + String.join("; ", s.reasons()), clock.instant());
                em.persist(proposal);
                em.flush();
                audit.record("STATUS_CHANGE_PROPOSED", "Member", member.getId(), member.getStatus() + " → " + to.get()
                        + " put to the board (proposal " + proposal.getId() + "): " + proposal.getReason());
                proposals++;
            }
        }
        audit.record("PERIOD_CLOSED", "Compliance", null, (warn ? "" : "History, no mail: ") + period + " under bylaws version "
                + inForce.version() + ": " + judged + " judged, " + fellShort + " fell short, " + warned + " warned, "
                + proposals + " proposals to the board");
        return new Closure(period.toString(), judged, fellShort, warned, proposals);
    }

    /** The closed periods whose results found the member short. */
    private Set<String> periodsFellShort(long memberId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT period, fell_short FROM compliance_result WHERE member_id = ?")
                .setParameter(1, memberId).getResultList();
        Set<String> fellShort = new HashSet<>();
        rows.stream().filter(r -> MemberActivity.bool(r[1])).forEach(r -> fellShort.add((String) r[0]));
        return fellShort;
    }
}
