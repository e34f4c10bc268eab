package org.partnershipsteward.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
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
            return response.status(valid && version != null).build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
