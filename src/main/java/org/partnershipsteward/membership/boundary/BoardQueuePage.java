package org.partnershipsteward.membership.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.board.entity.BoardVote;
import org.partnershipsteward.eligibility.control.Finding;
import org.partnershipsteward.membership.entity.Application;
import org.partnershipsteward.organization.boundary.Organizations;
import org.partnershipsteward.platform.security.Accounts;
import org.partnershipsteward.platform.web.Messages;

/** "Waiting for my decision": what the board must decide, with this board member's vote on each. */
@Named
@ViewScoped
public class BoardQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Applications applications;

    @Inject
    transient Organizations organizations;

    @Inject
    transient Accounts accounts;

    @Inject
    transient SecurityContext security;

    private List<Application> pending;
    private final Map<Long, String> comments = new HashMap<>();

    public List<Application> getPending() {
        if (pending == null) {
            pending = applications.awaitingVotes();
        }
        return pending;
    }

    public List<Finding> findings(Application application) {
        return Applications.findings(application);
    }

    public String organizationName(long id) {
        return organizations.byId(id).getName();
    }

    /** This board member's vote on the application, or "not yet". */
    public String myVote(long applicationId) {
        long me = accounts.byEmail(security.getCallerPrincipal().getName()).orElseThrow().getId();
        return applications.votes(applicationId).stream().filter(v -> v.getVoterAccountId() == me)
                .map(BoardVote::getDecision).map(Enum::name).findFirst().orElse("not yet");
    }

    public String tally(long applicationId) {
        List<BoardVote> votes = applications.votes(applicationId);
        long approvals = votes.stream().filter(v -> v.getDecision().name().equals("APPROVE")).count();
        return approvals + " approve, " + (votes.size() - approvals) + " reject";
    }

    public void approve(long applicationId) {
        vote(applicationId, "APPROVE");
    }

    public void reject(long applicationId) {
        vote(applicationId, "REJECT");
    }

    private void vote(long applicationId, String decision) {
        Application decided = Messages.attempt(() -> applications.vote(applicationId,
                new VoteRequest(decision, comments.get(applicationId))));
        if (decided != null) {
            Messages.info("Your vote is recorded: " + decision.toLowerCase() + " " + decided.fullName()
                    + (decided.getStatus().open() ? "" : ". The board has decided: " + decided.getStatus()));
        }
        pending = null;
    }

    @Inject
    transient org.partnershipsteward.summit.boundary.Summits summits;

    private List<org.partnershipsteward.summit.entity.Summit> agendas;

    /** Summits whose agenda waits for the board. */
    public List<org.partnershipsteward.summit.entity.Summit> getAgendas() {
        if (agendas == null) {
            agendas = summits.agendasAwaitingVotes();
        }
        return agendas;
    }

    public String myAgendaVote(org.partnershipsteward.summit.entity.Summit summit) {
        long me = accounts.byEmail(security.getCallerPrincipal().getName()).orElseThrow().getId();
        return summits.votes(summit).stream().filter(v -> v.getVoterAccountId() == me).map(v -> v.getDecision().name())
                .findFirst().orElse("not yet");
    }

    public void approveAgenda(long summitId) {
        voteAgenda(summitId, "APPROVE");
    }

    public void rejectAgenda(long summitId) {
        voteAgenda(summitId, "REJECT");
    }

    private void voteAgenda(long summitId, String decision) {
        var summit = Messages.attempt(() -> summits.voteAgenda(summitId, decision, null));
        if (summit != null) {
            Messages.info("Your vote on the agenda of " + summit.getTitle() + " is recorded; the agenda is "
                    + summit.getAgendaStatus());
        }
        agendas = null;
    }

    @Inject
    transient org.partnershipsteward.obligation.boundary.Compliance compliance;

    @Inject
    transient Members members;

    private List<org.partnershipsteward.obligation.entity.StatusProposal> proposals;

    /** Status changes the system proposes after missed obligations; the board decides. */
    public List<org.partnershipsteward.obligation.entity.StatusProposal> getProposals() {
        if (proposals == null) {
            proposals = compliance.proposals(org.partnershipsteward.obligation.entity.StatusProposal.State.PENDING);
        }
        return proposals;
    }

    public String memberName(long memberId) {
        return members.byId(memberId).fullName();
    }

    public String myProposalVote(long proposalId) {
        long me = accounts.byEmail(security.getCallerPrincipal().getName()).orElseThrow().getId();
        return compliance.votes(proposalId).getOrDefault(me, "not yet");
    }

    public void approveProposal(long proposalId) {
        voteProposal(proposalId, "APPROVE");
    }

    public void rejectProposal(long proposalId) {
        voteProposal(proposalId, "REJECT");
    }

    private void voteProposal(long proposalId, String decision) {
        var proposal = Messages.attempt(() -> compliance.vote(proposalId, decision, null));
        if (proposal != null) {
            Messages.info("Your vote on the status of " + memberName(proposal.getMemberId()) + " is recorded"
                    + (proposal.getStatus().name().equals("PENDING") ? "" : ". The board has decided: " + proposal.getStatus()));
        }
        proposals = null;
    }

    public Map<Long, String> getComments() {
        return comments;
    }
}
