package org.partnershipsteward.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.partnershipsteward.platform.persistence.DataSourceConfiguration;
import org.partnershipsteward.platform.persistence.DatabaseMigrator;

/** Ready when the database answers and the migrations ran at start-up ({@code /health/ready}). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    DatabaseMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        String version = migrator.schemaVersion();
        response.withData("schemaVersion", version == null ? "not migrated" : version);
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            var meta = connection.getMetaData();
            response.withData("product", meta.getDatabaseProductName());
            response.withData("productVersion", meta.getDatabaseProductVersion());
            response.withData("isolation", isolation(connection));
            return response.status(valid && version != null).build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }

    /**
     * The isolation level the pool's connections run at, as the database itself reports it (not the driver's
     * belief): {@code READ-COMMITTED} is required (docs/adr/0005-read-committed.md).
     */
    static String isolation(Connection connection) {
        for (String query : ISOLATION_QUERIES) {
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
                String level = rows.next() ? rows.getString(1) : null;
                if (level != null) {
                    return level.trim().toUpperCase(Locale.ROOT).replace(' ', '-');
                }
            } catch (SQLException e) {
                // not this database's way of saying it: try the next
            }
        }
        return "unknown";
    }

    /** MySQL 8 / MariaDB 11.1+, MariaDB 10.x, H2. */
    private static final List<String> ISOLATION_QUERIES = List.of("SELECT @@transaction_isolation", "SELECT @@tx_isolation",
            "SELECT ISOLATION_LEVEL FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = SESSION_ID()");
}
