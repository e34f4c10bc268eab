package org.partnershipsteward.obligation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.ballot.boundary.Ballot;
import org.partnershipsteward.ballot.control.Tally;
import org.partnershipsteward.ballot.entity.SubjectKind;
import org.partnershipsteward.ballot.entity.VoteDecision;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.bylaws.control.Threshold;
import org.partnershipsteward.bylaws.entity.VoteOutcome;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.MemberLeft;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.obligation.entity.StatusProposal;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.security.Account;
import org.partnershipsteward.platform.security.Caller;
import org.partnershipsteward.platform.security.Roles;

/**
 * The board decides the status changes that closing a period proposed, through the one {@link Ballot}; nothing
 * changes a member's status without that vote, and an approval is a recorded decision.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
public class StatusProposals {

    /** The longest comment a board member may give with a vote (the column's size). */
    static final int MAX_COMMENT = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ObligationPeriods periods;

    @Inject
    Bylaws bylaws;

    @Inject
    Ballot ballot;


    @Inject
    AuditTrail audit;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    @Inject
    Event<MemberLeft> left;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<StatusProposal> proposals(StatusProposal.State state) {
        var query = em.createQuery("SELECT p FROM StatusProposal p" + (state == null ? "" : " WHERE p.status = :s")
                + " ORDER BY p.id", StatusProposal.class);
        if (state != null) {
            query.setParameter("s", state);
        }
        return query.getResultList();
    }

    /** The votes on a proposal: voter account id → decision. */
    public Map<Long, String> votes(long proposalId) {
        Map<Long, String> votes = new HashMap<>();
        ballot.votes(SubjectKind.STATUS_PROPOSAL, proposalId).forEach(v -> votes.put(v.getVoterAccountId(), v.getDecision().name()));
        return votes;
    }

    /**
     * A seated board member votes on a proposal (again); the shared majority rule over the seated members
     * decides. An approval changes the member's status as a recorded decision.
     */
    @RolesAllowed(Roles.BOARD)
    public StatusProposal vote(long id, String decision, String comment) {
        if (decision == null || !(decision.equals("APPROVE") || decision.equals("REJECT"))) {
            throw new InvalidInputException(Map.of("decision", "must be APPROVE or REJECT"));
        }
        if (comment != null && comment.trim().length() > MAX_COMMENT) {
            throw new InvalidInputException(Map.of("comment", "must be at most " + MAX_COMMENT + " characters"));
        }
        Account voter = caller.requireAccount();
        StatusProposal proposal = em.find(StatusProposal.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null) {
            throw new UnknownEntityException("status proposal", id);
        }
        if (proposal.getStatus() != StatusProposal.State.PENDING) {
            throw new ConflictException("The board has decided this proposal already (" + proposal.getStatus() + ")");
        }
        Tally tally = ballot.cast(new Ballot.Question(SubjectKind.STATUS_PROPOSAL, id, 0,
                Threshold.of(bylaws.inForceOn(periods.today())), "Member", proposal.getMemberId(), "proposal " + id + " ("
                + proposal.getFromStatus() + " → " + proposal.getToStatus() + "): "), voter, VoteDecision.valueOf(decision), comment);
        if (tally.outcome() == VoteOutcome.APPROVED) {
            approve(proposal, tally.approvedBy());
        } else if (tally.outcome() == VoteOutcome.REJECTED) {
            proposal.decide(false, "The board did not approve: " + tally.rejections() + " of " + tally.seated() + " rejected",
                    clock.instant());
            audit.record("STATUS_PROPOSAL_REJECTED", "Member", proposal.getMemberId(), "proposal " + id + ": " + proposal.getDecision());
        }
        return proposal;
    }

    /** The member's status changes, unless it changed otherwise meanwhile; a member no longer current has left. */
    private void approve(StatusProposal proposal, String reason) {
        Member member = em.find(Member.class, proposal.getMemberId(), LockModeType.PESSIMISTIC_WRITE);
        proposal.decide(true, reason, clock.instant());
        MemberStatus from = member.getStatus();
        audit.record("STATUS_PROPOSAL_APPROVED", "Member", proposal.getMemberId(), "proposal " + proposal.getId() + " ("
                + proposal.getFromStatus() + " → " + proposal.getToStatus() + "): " + reason
                + (from == proposal.getFromStatus() ? "" : "; the member is " + from + " meanwhile, status left as is"));
        if (from == proposal.getFromStatus()) {
            member.changeStatus(proposal.getToStatus(), periods.today(), clock.instant());
            audit.record("MEMBER_STATUS_CHANGED", "Member", member.getId(), from + " → " + proposal.getToStatus() + " from "
                    + periods.today() + ": board decision on proposal " + proposal.getId() + " (" + reason + ")");
            if (!proposal.getToStatus().current()) {
                Organization organization = em.find(Organization.class, member.getOrganizationId());
                left.fire(new MemberLeft(member.getId(), member.fullName(), periods.today(), proposal.getToStatus()
                        + ": missed obligations", null, organization.getName()));
            }
        }
    }
}
