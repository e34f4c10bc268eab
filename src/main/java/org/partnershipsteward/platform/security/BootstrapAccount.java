package org.partnershipsteward.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;
import org.partnershipsteward.platform.config.PartnershipConfig;

/**
 * Creates the secretariat account named by {@code partnership.bootstrap.email} / {@code .password}
 * when no account has that email. An existing account is never changed.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class BootstrapAccount {

    private static final Logger LOG = Logger.getLogger(BootstrapAccount.class.getName());

    @Inject
    PartnershipConfig config;

    @Inject
    Accounts accounts;

    @PostConstruct
    void bootstrap() {
        var email = config.bootstrapEmail();
        var password = config.bootstrapPassword();
        if (email.isEmpty() || password.isEmpty()) {
            return;
        }
        if (accounts.byEmail(email.get()).isPresent()) {
            LOG.info(() -> "Bootstrap account " + email.get() + " exists; left unchanged");
            return;
        }
        accounts.createIfAbsent(email.get(), "Secretariat", Set.of(Roles.SECRETARIAT), password.get().toCharArray());
        LOG.info(() -> "Bootstrap secretariat account created: " + email.get());
    }
}
