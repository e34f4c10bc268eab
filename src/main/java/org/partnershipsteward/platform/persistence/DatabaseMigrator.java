package org.partnershipsteward.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Applies the Flyway migrations of {@code sql/} (packaged as {@code db/migration}) at start-up, before
 * anything else touches the database. Flyway is the only owner of the schema.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    private volatile String schemaVersion;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        var result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        schemaVersion = current == null ? "none" : current.getVersion().getVersion();
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /** The schema version reached at start-up; {@code null} until migrations ran. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
