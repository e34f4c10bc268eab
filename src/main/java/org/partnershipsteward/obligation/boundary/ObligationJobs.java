package org.partnershipsteward.obligation.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.survey.boundary.Surveys;

/**
 * Every {@code partnership.obligations.check-seconds} (default hourly): closes the period that ended
 * (once, claimed by its row), sends survey invitations that are due and the one reminder to
 * non-responders. Safe with two instances: each step claims its row in the database first.
 */
@Singleton
@Startup
public class ObligationJobs {

    private static final Logger LOG = Logger.getLogger(ObligationJobs.class.getName());

    @Resource
    TimerService timers;

    @Inject
    PeriodClosing periodClosing;

    @Inject
    Surveys surveys;

    @Inject
    PartnershipConfig config;

    @PostConstruct
    void start() {
        long interval = config.obligationsCheckSeconds() * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("obligations", false));
    }

    @Timeout
    void run() {
        try {
            int sent = surveys.sendDue(Duration.ofHours(config.surveyReminderHours()));
            if (sent > 0) {
                LOG.info(() -> sent + " survey invitations and reminders queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Survey invitations failed; the next round tries again", e);
        }
        try {
            periodClosing.closeDue().ifPresent(c -> LOG.info(() -> "Closed " + c.period() + ": " + c.fellShort()
                    + " fell short, " + c.proposals() + " proposals to the board"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Closing the attendance period failed (or another instance closed it)", e);
        }
    }
}
