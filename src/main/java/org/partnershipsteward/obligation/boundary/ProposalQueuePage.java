package org.partnershipsteward.obligation.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import org.partnershipsteward.membership.boundary.BoardQueueSection;
import org.partnershipsteward.membership.boundary.Members;
import org.partnershipsteward.obligation.entity.StatusProposal;
import org.partnershipsteward.ballot.boundary.Ballot;
import org.partnershipsteward.ballot.entity.SubjectKind;
import org.partnershipsteward.platform.security.Caller;
import org.partnershipsteward.platform.web.Messages;

/** The board's queue: status changes the system proposes after missed obligations; the board decides. */
@Named
@ViewScoped
public class ProposalQueuePage implements BoardQueueSection, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Caller caller;

    @Inject
    transient Ballot ballot;

    @Inject
    transient StatusProposals statusProposals;

    @Inject
    transient Members members;


    @Inject
    transient SecurityContext security;

    private List<StatusProposal> proposals;

    /** Status changes the system proposes after missed obligations; the board decides. */
    public List<StatusProposal> getProposals() {
        if (proposals == null) {
            proposals = statusProposals.proposals(StatusProposal.State.PENDING);
        }
        return proposals;
    }

    @Override
    public boolean isEmpty() {
        return getProposals().isEmpty();
    }

    public String memberName(long memberId) {
        return members.byId(memberId).fullName();
    }

    public String myProposalVote(long proposalId) {
        return ballot.voteOf(caller.requireAccount().getId(), ballot.votes(SubjectKind.STATUS_PROPOSAL, proposalId))
                .map(Enum::name).orElse("not yet");
    }

    public void approveProposal(long proposalId) {
        voteProposal(proposalId, "APPROVE");
    }

    public void rejectProposal(long proposalId) {
        voteProposal(proposalId, "REJECT");
    }

    private void voteProposal(long proposalId, String decision) {
        var proposal = Messages.attempt(() -> statusProposals.vote(proposalId, decision, null));
        if (proposal != null) {
            Messages.info("Your vote on the status of " + memberName(proposal.getMemberId()) + " is recorded"
                    + (proposal.getStatus().name().equals("PENDING") ? "" : ". The board has decided: " + proposal.getStatus()));
        }
        proposals = null;
    }
}
