package org.partnershipsteward.minutes.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnershipsteward.platform.config.PartnershipConfig;

/**
 * Reminds owners of actions due soon, as often as the summit reminders are looked for
 * ({@code partnership.summit.reminder-check-seconds}). Each reminder is claimed in the database first, so two
 * instances never both send it.
 */
@Singleton
@Startup
public class ActionJobs {

    private static final Logger LOG = Logger.getLogger(ActionJobs.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ActionReminders reminders;

    @Inject
    PartnershipConfig config;

    @PostConstruct
    void start() {
        long interval = config.reminderCheckSeconds() * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("action-reminders", false));
    }

    @Timeout
    void remind() {
        try {
            int sent = reminders.sendDue(config.actionRemindDaysBefore());
            if (sent > 0) {
                LOG.info(() -> sent + " action reminders queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Action reminders failed; the next round tries again", e);
        }
    }
}
