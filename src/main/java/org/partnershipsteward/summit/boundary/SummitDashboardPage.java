package org.partnershipsteward.summit.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.partnershipsteward.platform.web.Labels;
import org.partnershipsteward.platform.web.Messages;
import org.partnershipsteward.summit.entity.Rsvp;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.summit.control.CadenceWarning;
import org.partnershipsteward.summit.entity.Summit;

/** The summits on every dashboard: the next one, and the bylaws' cadence warnings of the plan. */
@Named
@RequestScoped
public class SummitDashboardPage {

    @Inject
    Summits summits;

    @Inject
    PartnershipConfig config;

    @Inject
    java.time.Clock clock;

    @Inject
    Rsvps rsvps;

    @Inject
    org.partnershipsteward.membership.boundary.Members members;

    private Optional<Rsvp> myAnswer;
    private Optional<Summit> next;

    /** The next summit that takes place, if any. */
    public Summit getNextSummit() {
        if (next == null) {
            next = summits.upcoming().stream().findFirst();
        }
        return next.orElse(null);
    }

    public String getNextSummitWhen() {
        var next = getNextSummit();
        return next == null ? "" : config.when(next.getStartsAt());
    }

    /** Whether the signed-in member can answer for the next summit now: it is published and the deadline is ahead. */
    public boolean isAnswerOpen() {
        Summit next = getNextSummit();
        return next != null && next.isPublishedOnce() && next.getRsvpDeadline().isAfter(clock.instant());
    }

    /** The signed-in member's answer for the next summit, in words ("Not answered yet" when none). */
    public String getMyAnswer() {
        return myRsvp().map(r -> Labels.label(r.getStatus())).orElse("Not answered yet");
    }

    /** Who answered for the member, when not they themself: "Answered by Pat Lee (assistant) on ..." (issue 17). */
    public String getAnsweredBy() {
        return myRsvp().map(r -> org.partnershipsteward.membership.control.Delegation.answeredNote(r.getAnsweredBy(),
                members.me().getEmail(), config.when(r.getUpdatedAt()))).orElse("");
    }

    public boolean isAnswered() {
        return myRsvp().isPresent();
    }

    /** The member answers for the next summit from the dashboard: YES, NO or MAYBE. */
    public void answer(String response) {
        Summit next = getNextSummit();
        if (next == null) {
            return;
        }
        Rsvp saved = Messages.attempt(() -> rsvps.answer(next.getId(), response));
        if (saved != null) {
            myAnswer = Optional.of(saved);
            Messages.info("Your answer for " + next.getTitle() + " is recorded: " + Labels.label(saved.getStatus()) + ".");
        }
    }

    private Optional<Rsvp> myRsvp() {
        if (myAnswer == null) {
            Summit next = getNextSummit();
            myAnswer = next == null ? Optional.empty() : rsvps.rsvp(next.getId(), members.me().getId());
        }
        return myAnswer;
    }

    /** The bylaws' cadence warnings of the plan (they warn, they do not block). */
    public List<CadenceWarning> getCadenceWarnings() {
        return summits.warnings();
    }
}
