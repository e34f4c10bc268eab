package org.partnershipsteward.membership.boundary;

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
 * Looks every {@code partnership.contacts.check-seconds} (default: hourly) for members whose details are
 * due for their yearly confirmation and mails them the link. Each request is a row keyed by member and
 * due date, so two instances never both ask.
 */
@Singleton
@Startup
public class ContactJobs {

    private static final Logger LOG = Logger.getLogger(ContactJobs.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ContactConfirmations confirmations;

    @Inject
    PartnershipConfig config;

    @PostConstruct
    void start() {
        long interval = config.contactsCheckSeconds() * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("contact-confirmations", false));
    }

    @Timeout
    void ask() {
        try {
            int asked = confirmations.requestDue();
            if (asked > 0) {
                LOG.info(() -> asked + " members asked to confirm their contact details");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Contact confirmation requests failed (another instance may have sent them); "
                    + "the next round tries again", e);
        }
    }
}
