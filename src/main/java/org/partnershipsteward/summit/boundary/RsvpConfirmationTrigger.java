package org.partnershipsteward.summit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Composes an answer's confirmation as soon as the answer has committed, in the answering request's thread (so the
 * mail is queued before the caller hears back); an answer rolled back has none. A failure here changes nothing the
 * caller was told: the mark stays and the sweep composes it ({@link RsvpConfirmations}).
 */
@ApplicationScoped
public class RsvpConfirmationTrigger {

    private static final Logger LOG = Logger.getLogger(RsvpConfirmationTrigger.class.getName());

    @Inject
    RsvpConfirmations confirmations;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) RsvpAnswered answered) {
        try {
            confirmations.compose(answered.rsvpId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The confirmation of answer " + answered.rsvpId()
                    + " was not composed now; the sweep composes it", e);
        }
    }
}
