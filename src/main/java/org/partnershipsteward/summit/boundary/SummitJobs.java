package org.partnershipsteward.summit.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnershipsteward.platform.config.PartnershipConfig;

/** Every hour: the reminders and nudges that are due (each recorded once, so two instances never both send). */
@Singleton
public class SummitJobs {

    private static final Logger LOG = Logger.getLogger(SummitJobs.class.getName());

    @Inject
    Summits summits;

    @Inject
    PartnershipConfig config;

    @Schedule(hour = "*", minute = "17", persistent = false, info = "summit-reminders")
    void remind() {
        try {
            int sent = summits.sendDueReminders(config.reminderDays(), config.nudgeDays());
            if (sent > 0) {
                LOG.info(() -> sent + " summit reminders queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Summit reminders failed; the next hour tries again", e);
        }
    }
}
