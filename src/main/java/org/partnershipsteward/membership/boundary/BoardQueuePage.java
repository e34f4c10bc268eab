package org.partnershipsteward.membership.boundary;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.ballot.entity.BoardVote;
import org.partnershipsteward.eligibility.control.Finding;
import org.partnershipsteward.membership.entity.Application;
import org.partnershipsteward.organization.boundary.Organizations;
import org.partnershipsteward.ballot.boundary.Ballot;
import org.partnershipsteward.platform.security.Caller;
import org.partnershipsteward.platform.web.Messages;

/**
 * "Waiting for my decision": what the board must decide, with this board member's vote on each. The
 * applications are shown here; other components add their items as a {@link BoardQueueSection}.
 */
@Named
@ViewScoped
public class BoardQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Caller caller;

    @Inject
    transient Ballot ballot;

    @Inject
    transient Applications applications;

    @Inject
    transient Organizations organizations;


    @Inject
    transient SecurityContext security;

    @Inject
    @Any
    transient Instance<BoardQueueSection> sections;

    private List<Application> pending;
    private final Map<Long, String> comments = new HashMap<>();

    public List<Application> getPending() {
        if (pending == null) {
            pending = applications.awaitingVotes();
        }
        return pending;
    }

    /** Whether nothing at all waits for the board: no application, and no item of any {@link BoardQueueSection}. */
    public boolean isNothingWaiting() {
        return getPending().isEmpty() && sections.stream().allMatch(BoardQueueSection::isEmpty);
    }

    public List<Finding> findings(Application application) {
        return Applications.findings(application);
    }

    public String organizationName(long id) {
        return organizations.byId(id).getName();
    }

    /** This board member's vote on the application, or "not yet". */
    public String myVote(long applicationId) {
        return ballot.voteOf(caller.requireAccount().getId(), applications.votes(applicationId)).map(Enum::name)
                .orElse("not yet");
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

    public Map<Long, String> getComments() {
        return comments;
    }
}
