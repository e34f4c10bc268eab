package org.partnershipsteward.minutes.boundary;

import org.partnershipsteward.platform.web.Labels;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import org.partnershipsteward.membership.boundary.BoardQueueSection;
import org.partnershipsteward.ballot.boundary.Ballot;
import org.partnershipsteward.platform.security.Caller;
import org.partnershipsteward.platform.web.Messages;
import org.partnershipsteward.summit.entity.Summit;

/** The board's queue: summits whose minutes wait for the board, with this board member's vote on each. */
@Named
@ViewScoped
public class MinutesQueuePage implements BoardQueueSection, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Caller caller;

    @Inject
    transient Ballot ballot;

    @Inject
    transient Minutes minutes;


    @Inject
    transient SecurityContext security;

    private List<Summit> waiting;

    public List<Summit> getMinutes() {
        if (waiting == null) {
            waiting = minutes.awaitingVotes();
        }
        return waiting;
    }

    @Override
    public boolean isEmpty() {
        return getMinutes().isEmpty();
    }

    public String myVote(Summit summit) {
        return ballot.voteOf(caller.requireAccount().getId(), minutes.votes(summit.getId())).map(Enum::name).orElse("not yet");
    }

    public void approve(long summitId) {
        vote(summitId, "APPROVE");
    }

    public void reject(long summitId) {
        vote(summitId, "REJECT");
    }

    private void vote(long summitId, String decision) {
        MinutesView after = Messages.attempt(() -> minutes.vote(summitId, decision, null));
        if (after != null) {
            Messages.info("Your vote on the minutes of " + after.summitTitle() + " is recorded; they are " + Labels.inSentence(after.status()));
        }
        waiting = null;
    }
}
