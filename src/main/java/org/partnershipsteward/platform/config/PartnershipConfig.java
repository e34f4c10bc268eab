package org.partnershipsteward.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every configuration key of the application in one typed place. Each key is a MicroProfile Config
 * property, so it can also be set as an environment variable (capitals, {@code _} for {@code .} and
 * {@code -}), e.g. {@code PARTNERSHIP_BASE_URL}. docs/configuration.md lists them all.
 */
@ApplicationScoped
public class PartnershipConfig {

    public static final String DB_URL = "partnership.db.url";
    public static final String DEMO_DATA = "partnership.demo-data";

    @Inject
    @ConfigProperty(name = "partnership.name", defaultValue = "Twin Cities Security Partnership")
    String name;

    @Inject
    @ConfigProperty(name = "partnership.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "partnership.time-zone", defaultValue = "America/Chicago")
    String timeZone;

    @Inject
    @ConfigProperty(name = "partnership.bootstrap.email")
    Optional<String> bootstrapEmail;

    @Inject
    @ConfigProperty(name = "partnership.bootstrap.password")
    Optional<String> bootstrapPassword;

    @Inject
    @ConfigProperty(name = DEMO_DATA, defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "partnership.demo-password", defaultValue = "steward-demo")
    String demoPassword;

    public String name() {
        return name;
    }

    /** The absolute URL used in links in mails and calendar invites, without a trailing slash. */
    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public java.time.ZoneId zone() {
        return java.time.ZoneId.of(timeZone);
    }

    public Optional<String> bootstrapEmail() {
        return bootstrapEmail.filter(s -> !s.isBlank());
    }

    public Optional<String> bootstrapPassword() {
        return bootstrapPassword.filter(s -> !s.isBlank());
    }

    public boolean demoData() {
        return demoData;
    }

    public String demoPassword() {
        return demoPassword;
    }
}
