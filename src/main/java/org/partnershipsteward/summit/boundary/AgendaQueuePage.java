package org.partnershipsteward.summit.boundary;

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

/** The board's queue: summits whose agenda waits for the board, with this board member's vote on each. */
@Named
@ViewScoped
public class AgendaQueuePage implements BoardQueueSection, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Caller caller;

    @Inject
    transient Ballot ballot;

    @Inject
    transient Agendas agendaBoundary;


    @Inject
    transient SecurityContext security;

    private List<Summit> agendas;

    /** Summits whose agenda waits for the board. */
    public List<Summit> getAgendas() {
        if (agendas == null) {
            agendas = agendaBoundary.agendasAwaitingVotes();
        }
        return agendas;
    }

    @Override
    public boolean isEmpty() {
        return getAgendas().isEmpty();
    }

    public String myAgendaVote(Summit summit) {
        return ballot.voteOf(caller.requireAccount().getId(), agendaBoundary.votes(summit)).map(Enum::name).orElse("not yet");
    }

    public void approveAgenda(long summitId) {
        voteAgenda(summitId, "APPROVE");
    }

    public void rejectAgenda(long summitId) {
        voteAgenda(summitId, "REJECT");
    }

    private void voteAgenda(long summitId, String decision) {
        var summit = Messages.attempt(() -> agendaBoundary.voteAgenda(summitId, decision, null));
        if (summit != null) {
            Messages.info("Your vote on the agenda of " + summit.getTitle() + " is recorded; the agenda is "
                    + summit.getAgendaStatus());
        }
        agendas = null;
    }
}
