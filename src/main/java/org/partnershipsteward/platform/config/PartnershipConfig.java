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

    @Inject
    @ConfigProperty(name = "partnership.mail.host", defaultValue = "localhost")
    String mailHost;

    @Inject
    @ConfigProperty(name = "partnership.mail.port", defaultValue = "25")
    int mailPort;

    @Inject
    @ConfigProperty(name = "partnership.mail.username")
    Optional<String> mailUsername;

    @Inject
    @ConfigProperty(name = "partnership.mail.password")
    Optional<String> mailPassword;

    @Inject
    @ConfigProperty(name = "partnership.mail.starttls", defaultValue = "false")
    boolean mailStartTls;

    @Inject
    @ConfigProperty(name = "partnership.mail.ssl", defaultValue = "false")
    boolean mailSsl;

    @Inject
    @ConfigProperty(name = "partnership.mail.from", defaultValue = "partnership@localhost")
    String mailFrom;

    @Inject
    @ConfigProperty(name = "partnership.notice.relay.enabled", defaultValue = "true")
    boolean relayEnabled;

    @Inject
    @ConfigProperty(name = "partnership.notice.relay.interval-seconds", defaultValue = "5")
    int relayIntervalSeconds;

    @Inject
    @ConfigProperty(name = "partnership.notice.relay.batch-size", defaultValue = "100")
    int relayBatchSize;

    @Inject
    @ConfigProperty(name = "partnership.notice.relay.lease-seconds", defaultValue = "300")
    int relayLeaseSeconds;

    @Inject
    @ConfigProperty(name = "partnership.notice.retry.first-seconds", defaultValue = "30")
    int retryFirstSeconds;

    @Inject
    @ConfigProperty(name = "partnership.notice.retry.max-minutes", defaultValue = "60")
    int retryMaxMinutes;

    @Inject
    @ConfigProperty(name = "partnership.notice.retry.max-attempts", defaultValue = "10")
    int retryMaxAttempts;

    @Inject
    @ConfigProperty(name = "partnership.summit.reminder-days", defaultValue = "14,2")
    java.util.List<Integer> reminderDays;

    @Inject
    @ConfigProperty(name = "partnership.summit.nudge-days-before-deadline", defaultValue = "3")
    int nudgeDays;

    @Inject
    @ConfigProperty(name = "partnership.summit.reminder-check-seconds", defaultValue = "3600")
    int reminderCheckSeconds;

    @Inject
    @ConfigProperty(name = "partnership.summit.confirmation-sweep-seconds", defaultValue = "60")
    int confirmationSweepSeconds;

    @Inject
    @ConfigProperty(name = "partnership.obligations.check-seconds", defaultValue = "3600")
    int obligationsCheckSeconds;

    @Inject
    @ConfigProperty(name = "partnership.obligations.close-after-days", defaultValue = "14")
    int closeAfterDays;

    @Inject
    @ConfigProperty(name = "partnership.surveys.reminder-hours", defaultValue = "48")
    int surveyReminderHours;

    /** How often the obligations job looks for a period to close and surveys to announce or remind. */
    public int obligationsCheckSeconds() {
        return Math.max(1, obligationsCheckSeconds);
    }

    /** Days after a period's end before it is closed automatically (late check-ins and excuses come first). */
    public int closeAfterDays() {
        return Math.max(0, closeAfterDays);
    }

    /** Hours before a survey closes at which non-responders are reminded once. */
    public int surveyReminderHours() {
        return Math.max(1, surveyReminderHours);
    }

    @Inject
    @ConfigProperty(name = "partnership.contacts.confirm-every-days", defaultValue = "365")
    int contactsConfirmEveryDays;

    @Inject
    @ConfigProperty(name = "partnership.contacts.link-valid-days", defaultValue = "30")
    int contactsLinkValidDays;

    @Inject
    @ConfigProperty(name = "partnership.contacts.check-seconds", defaultValue = "3600")
    int contactsCheckSeconds;

    @Inject
    @ConfigProperty(name = "partnership.handover.horizon-days", defaultValue = "90")
    int handoverHorizonDays;

    @Inject
    @ConfigProperty(name = "partnership.health.periods", defaultValue = "6")
    int healthPeriods;

    @Inject
    @ConfigProperty(name = "partnership.founded-on")
    Optional<String> foundedOn;

    @Inject
    @ConfigProperty(name = "partnership.alerts.second-mail-minutes", defaultValue = "30")
    int alertsSecondMailMinutes;

    @Inject
    @ConfigProperty(name = "partnership.alerts.check-seconds", defaultValue = "60")
    int alertsCheckSeconds;

    /** Minutes after an urgent alert when those who have not acknowledged it get the second mail (and their backup a copy). */
    public int alertsSecondMailMinutes() {
        return Math.max(1, alertsSecondMailMinutes);
    }

    /** How often alerts due for their second mail are looked for. */
    public int alertsCheckSeconds() {
        return Math.max(1, alertsCheckSeconds);
    }

    /** Every how many days a member confirms their title, organisation and contact details. */
    public int contactsConfirmEveryDays() {
        return Math.max(1, contactsConfirmEveryDays);
    }

    /** How long the link in a contact confirmation request works. */
    public int contactsLinkValidDays() {
        return Math.max(1, contactsLinkValidDays);
    }

    /** How often members due to confirm their details are looked for. */
    public int contactsCheckSeconds() {
        return Math.max(1, contactsCheckSeconds);
    }

    /** How far ahead the hand-over view looks for ending terms and coming summits. */
    public int handoverHorizonDays() {
        return Math.max(1, handoverHorizonDays);
    }

    /** How many half-years the scorecard's trends show. */
    public int healthPeriods() {
        return Math.min(20, Math.max(1, healthPeriods));
    }

    /** The partnership's founding day (ISO date), if configured; otherwise the earliest member's joining counts. */
    public Optional<java.time.LocalDate> foundedOn() {
        return foundedOn.filter(s -> !s.isBlank()).map(java.time.LocalDate::parse);
    }

    @Inject
    @ConfigProperty(name = "partnership.security.hsts", defaultValue = "auto")
    String hsts;

    @Inject
    @ConfigProperty(name = "partnership.security.login.max-failures", defaultValue = "5")
    int loginMaxFailures;

    @Inject
    @ConfigProperty(name = "partnership.security.login.max-failures-per-address", defaultValue = "50")
    int loginMaxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "partnership.security.login.window-seconds", defaultValue = "900")
    int loginWindowSeconds;

    @Inject
    @ConfigProperty(name = "partnership.security.basic-cache-seconds", defaultValue = "60")
    int basicCacheSeconds;

    /** Strict-Transport-Security: auto (on HTTPS requests), always (behind a TLS proxy), off. */
    public String hsts() {
        return hsts;
    }

    /** Failed sign-ins of one account within the window before that account is cooled down. */
    public int loginMaxFailures() {
        return Math.max(1, loginMaxFailures);
    }

    /** Failed sign-ins from one client address within the window before that address is cooled down. */
    public int loginMaxFailuresPerAddress() {
        return Math.max(1, loginMaxFailuresPerAddress);
    }

    /** The window in which failures count, and so the longest cooling period. */
    public java.time.Duration loginWindow() {
        return java.time.Duration.ofSeconds(Math.max(1, loginWindowSeconds));
    }

    /** How long a verified Basic credential is remembered (0 turns the cache off). */
    public java.time.Duration basicCache() {
        return java.time.Duration.ofSeconds(Math.max(0, basicCacheSeconds));
    }

    /** How often due reminders are looked for. */
    public int reminderCheckSeconds() {
        return Math.max(1, reminderCheckSeconds);
    }

    /** How often answers whose confirmation mail a failure or crash left uncomposed are looked for. */
    public int confirmationSweepSeconds() {
        return Math.max(1, confirmationSweepSeconds);
    }

    /** Days before a summit's start when those who said yes or maybe are reminded. */
    public java.util.List<Integer> reminderDays() {
        return reminderDays;
    }

    @Inject
    @ConfigProperty(name = "partnership.actions.remind-days-before", defaultValue = "7")
    int actionRemindDaysBefore;

    /** Days before an action's due day when its owner is reminded (once). */
    public int actionRemindDaysBefore() {
        return Math.max(0, actionRemindDaysBefore);
    }

    /** Days before the answer deadline when those who have not answered are nudged. */
    public int nudgeDays() {
        return nudgeDays;
    }

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' h:mm a z", java.util.Locale.US);

    /** A moment in the partnership's time zone, in words, as mails and the answer page show it. */
    public String when(java.time.Instant instant) {
        return WHEN.format(instant.atZone(zone()));
    }

    private static final java.time.format.DateTimeFormatter WHEN_SHORT =
            java.time.format.DateTimeFormatter.ofPattern("EEE, MMM d, yyyy h:mm a z", java.util.Locale.US);

    /** The same, abbreviated, for a row in a list. */
    public String whenShort(java.time.Instant instant) {
        return WHEN_SHORT.format(instant.atZone(zone()));
    }

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

    public String mailHost() {
        return mailHost;
    }

    public int mailPort() {
        return mailPort;
    }

    public Optional<String> mailUsername() {
        return mailUsername.filter(s -> !s.isBlank());
    }

    public Optional<String> mailPassword() {
        return mailPassword.filter(s -> !s.isBlank());
    }

    public boolean mailStartTls() {
        return mailStartTls;
    }

    /** SMTPS: TLS from the first byte (usually port 465), as opposed to STARTTLS. */
    public boolean mailSsl() {
        return mailSsl;
    }

    public String mailFrom() {
        return mailFrom;
    }

    public boolean relayEnabled() {
        return relayEnabled;
    }

    public int relayIntervalSeconds() {
        return Math.max(1, relayIntervalSeconds);
    }

    public int relayBatchSize() {
        return Math.max(1, relayBatchSize);
    }

    /** How long a claim lasts: notices of an instance that died are sent by another (or itself, restarted) after it. */
    public java.time.Duration relayLease() {
        return java.time.Duration.ofSeconds(Math.max(10, relayLeaseSeconds));
    }

    public java.time.Duration retryFirst() {
        return java.time.Duration.ofSeconds(Math.max(1, retryFirstSeconds));
    }

    public java.time.Duration retryMax() {
        return java.time.Duration.ofMinutes(Math.max(1, retryMaxMinutes));
    }

    public int retryMaxAttempts() {
        return Math.max(1, retryMaxAttempts);
    }

    @Inject
    @ConfigProperty(name = "partnership.import.max-bytes", defaultValue = "10485760")
    long importMaxBytes;

    @Inject
    @ConfigProperty(name = "partnership.import.welcome-batch-size", defaultValue = "50")
    int welcomeBatchSize;

    @Inject
    @ConfigProperty(name = "partnership.import.welcome-batch-minutes", defaultValue = "10")
    int welcomeBatchMinutes;

    /** The largest CSV file an import takes (bytes); a larger one is refused before it is read. */
    public long importMaxBytes() {
        return Math.max(1024, importMaxBytes);
    }

    /** Welcome mails after an import go out this many at a time ... */
    public int welcomeBatchSize() {
        return Math.max(1, welcomeBatchSize);
    }

    /** ... one batch every this many minutes. */
    public java.time.Duration welcomeBatchInterval() {
        return java.time.Duration.ofMinutes(Math.max(0, welcomeBatchMinutes));
    }
}
