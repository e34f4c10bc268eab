package org.partnershipsteward.summit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnershipsteward.platform.config.PartnershipConfig;

/**
 * Looks for due reminders and nudges every {@code partnership.summit.reminder-check-seconds} (default:
 * hourly). Each reminder is recorded once in the database, so two instances never both send it. Every
 * {@code partnership.summit.confirmation-sweep-seconds} (default: a minute) composes the confirmations of answers
 * that a failure or crash left due ({@link RsvpConfirmations}); each is claimed first, so two instances never both
 * send one.
 */
@Singleton
@Startup
public class SummitJobs {

    private static final Logger LOG = Logger.getLogger(SummitJobs.class.getName());

    @Resource
    TimerService timers;

    private static final String REMINDERS = "summit-reminders";

    private static final String CONFIRMATIONS = "rsvp-confirmations";

    /** Confirmations composed per sweep at most; the rest wait for the next. */
    private static final int SWEEP_BATCH = 500;

    @Inject
    Reminders reminders;

    @Inject
    RsvpConfirmations confirmations;

    @Inject
    PartnershipConfig config;

    @PostConstruct
    void start() {
        long interval = config.reminderCheckSeconds() * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig(REMINDERS, false));
        long sweep = config.confirmationSweepSeconds() * 1000L;
        timers.createIntervalTimer(sweep, sweep, new TimerConfig(CONFIRMATIONS, false));
    }

    @Timeout
    void run(Timer timer) {
        if (CONFIRMATIONS.equals(timer.getInfo())) {
            confirmOverdue();
        } else {
            remind();
        }
    }

    private void confirmOverdue() {
        int composed = 0;
        List<Long> overdue;
        try {
            overdue = confirmations.overdue(SWEEP_BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking for overdue answer confirmations failed; the next round tries again", e);
            return;
        }
        for (long id : overdue) {
            try {
                if (confirmations.compose(id)) {
                    composed++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The confirmation of answer " + id + " failed again; the next round tries again", e);
            }
        }
        if (composed > 0) {
            int count = composed;
            LOG.info(() -> count + " answer confirmations composed that their answers' requests had left");
        }
    }

    private void remind() {
        try {
            int sent = reminders.sendDueReminders(config.reminderDays(), config.nudgeDays());
            if (sent > 0) {
                LOG.info(() -> sent + " summit reminders queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Summit reminders failed; the next round tries again", e);
        }
    }
}
