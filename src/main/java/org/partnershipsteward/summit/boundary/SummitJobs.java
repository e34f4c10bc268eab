package org.partnershipsteward.summit.boundary;

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
 * Looks for due reminders and nudges every {@code partnership.summit.reminder-check-seconds} (default:
 * hourly). Each reminder is recorded once in the database, so two instances never both send it.
 */
@Singleton
@Startup
public class SummitJobs {

    private static final Logger LOG = Logger.getLogger(SummitJobs.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Reminders reminders;

    @Inject
    PartnershipConfig config;

    @PostConstruct
    void start() {
        long interval = config.reminderCheckSeconds() * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("summit-reminders", false));
    }

    @Timeout
    void remind() {
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
