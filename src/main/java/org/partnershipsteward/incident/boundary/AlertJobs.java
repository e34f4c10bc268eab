package org.partnershipsteward.incident.boundary;

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
 * Looks every {@code partnership.alerts.check-seconds} (default: a minute) for alerts whose second mail is due
 * ({@code partnership.alerts.second-mail-minutes} after sending) and sends it. Marking the alert is the claim,
 * so with two instances only one sends.
 */
@Singleton
@Startup
public class AlertJobs {

    private static final Logger LOG = Logger.getLogger(AlertJobs.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Alerts alerts;

    @Inject
    PartnershipConfig config;

    @PostConstruct
    void start() {
        long interval = config.alertsCheckSeconds() * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("alert-second-mails", false));
    }

    @Timeout
    void secondMails() {
        try {
            int mailed = alerts.sendDueSecondMails();
            if (mailed > 0) {
                LOG.info(() -> mailed + " members mailed again about an urgent alert they had not acknowledged");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Second mails of urgent alerts failed; the next round tries again", e);
        }
    }
}
