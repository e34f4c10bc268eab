package org.partnershipsteward.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.organization.entity.OrganizationKind;
import org.partnershipsteward.organization.entity.Sector;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.security.Accounts;

/**
 * Loads the fictional demo partnership ({@code demo/partnership.json}) into an empty database when
 * {@code partnership.demo-data=true}, and prints the demo logins at every start. Nothing else turns it on.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "BylawsStartup"})
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final String RESOURCE = "/demo/partnership.json";

    /** The demo partnership as stored in the resource file. */
    public record Demo(String note, List<DemoOrganization> organizations, List<DemoAccount> accounts) {
    }

    /** One organisation of the demo. */
    public record DemoOrganization(String name, String sector, String kind, String region, boolean fortune500,
            boolean foundingSponsor) {
    }

    /** One login of the demo. */
    public record DemoAccount(String email, String name, Set<String> roles) {
    }

    @Inject
    PartnershipConfig config;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void load() {
        if (!config.demoData()) {
            return;
        }
        Demo demo = read();
        long existing = em.createQuery("SELECT COUNT(o) FROM Organization o", Long.class).getSingleResult();
        if (existing == 0) {
            for (DemoOrganization o : demo.organizations()) {
                Organization organization = new Organization(clock.instant());
                Map<String, String> errors = organization.describe(o.name(), Sector.valueOf(o.sector()),
                        OrganizationKind.valueOf(o.kind()), o.region(), o.fortune500(), o.foundingSponsor(),
                        clock.instant());
                if (!errors.isEmpty()) {
                    throw new IllegalStateException("Demo organization " + o.name() + " is invalid: " + errors);
                }
                em.persist(organization);
            }
            audit.record("DEMO_DATA_LOADED", "Partnership", null, demo.note());
        }
        for (DemoAccount a : demo.accounts()) {
            accounts.createIfAbsent(a.email(), a.name(), a.roles(), config.demoPassword().toCharArray());
        }
        printLogins(demo);
    }

    private void printLogins(Demo demo) {
        StringBuilder banner = new StringBuilder("\n\n=== Partnership Steward demo ===\n")
                .append("Open ").append(config.baseUrl()).append("/ and sign in with one of these (password: ")
                .append(config.demoPassword()).append("):\n");
        for (DemoAccount a : demo.accounts()) {
            banner.append(String.format("  %-38s %-22s %s%n", a.email(), a.roles(), a.name()));
        }
        banner.append("================================\n");
        LOG.info(banner::toString);
    }

    static Demo read() {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return JsonbBuilder.create().fromJson(in, Demo.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }
}
