package org.partnershipsteward.notice.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.partnershipsteward.notice.control.Backoff;
import org.partnershipsteward.notice.control.MailSender;
import org.partnershipsteward.notice.control.OutboxStore;
import org.partnershipsteward.notice.control.Relay;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.mail.MailSessions;
import org.partnershipsteward.platform.persistence.DataSourceConfiguration;

/**
 * Runs the outbox relay every few seconds in each instance (non-persistent timer). Instances share the
 * work through row locks; one pass at a time per instance.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NoticeRelay {

    private static final Logger LOG = Logger.getLogger(NoticeRelay.class.getName());

    @Resource
    TimerService timers;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    PartnershipConfig config;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private Relay relay;

    @PostConstruct
    void start() {
        var session = MailSessions.smtp(config.mailHost(), config.mailPort(), config.mailStartTls(), config.mailSsl(),
                config.mailUsername().orElse(null), config.mailPassword().orElse(null));
        relay = new Relay(new OutboxStore(dataSource, clock), new MailSender(session, config.mailFrom()),
                new Backoff(config.retryFirst(), config.retryMax(), config.retryMaxAttempts()), relayId(),
                config.relayBatchSize(), config.relayLease());
        if (config.relayEnabled()) {
            long interval = config.relayIntervalSeconds() * 1000L;
            timers.createIntervalTimer(interval, interval, new TimerConfig("notice-relay", false));
            LOG.info(() -> "Notice relay " + relay.relayId() + " sends to " + config.mailHost() + ":" + config.mailPort()
                    + " every " + config.relayIntervalSeconds() + " s");
        } else {
            LOG.info("Notice relay disabled (partnership.notice.relay.enabled=false)");
        }
    }

    @Timeout
    void tick(Timer timer) {
        if (!running.compareAndSet(false, true)) {
            return; // the previous pass is still sending
        }
        try {
            var pass = relay.run(Duration.ofSeconds(60));
            if (pass.sent() + pass.retried() + pass.failed() > 0) {
                LOG.info(() -> "Notices sent " + pass.sent() + ", to retry " + pass.retried() + ", failed " + pass.failed());
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Notice relay pass failed; the next pass tries again", e);
        } finally {
            running.set(false);
        }
    }

    private static String relayId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "instance";
        }
        String id = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() > 100 ? id.substring(id.length() - 100) : id;
    }
}
