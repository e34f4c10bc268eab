package org.partnershipsteward.summit.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnershipsteward.platform.web.Messages;

/** {@code /assistant/index.xhtml}: the assistant's portal, their principals' upcoming summits and an answer for each. */
@Named
@ViewScoped
public class AssistantPortalPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AssistantPortal portal;

    @Inject
    transient Rsvps rsvps;

    private transient List<AssistantPortal.UpcomingSummit> summits;

    public List<AssistantPortal.UpcomingSummit> getSummits() {
        if (summits == null) {
            summits = portal.upcoming();
        }
        return summits;
    }

    /** Answers the summit's invitation for the principal, as the signed-in assistant. */
    public void answer(long summitId, long memberId, String response) {
        var recorded = Messages.attempt(() -> rsvps.answerAsAssistant(summitId, memberId, response));
        if (recorded != null) {
            Messages.info("Recorded: " + org.partnershipsteward.platform.web.Labels.label(recorded.getStatus())
                    + ", answered by you.");
        }
        summits = null;
    }

}
