package org.partnershipsteward.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import java.sql.Connection;

/**
 * The application's one data source. URL, user and password come from MicroProfile Config
 * ({@code partnership.db.*}, or {@code PARTNERSHIP_DB_*} in the environment); the URL alone chooses
 * the database: {@code jdbc:mysql://} uses MySQL Connector/J, {@code jdbc:h2:} the embedded H2 in
 * MySQL mode (see {@link UrlRoutingDataSource} and docs/adr/0002-embedded-database.md).
 * <p>
 * Every connection runs at READ COMMITTED (docs/adr/0005-read-committed.md): a decision taken under a row lock
 * (seats, the waitlist, board votes) must count the rows committed before the lock was granted. At MySQL's default
 * REPEATABLE READ a plain SELECT after {@code SELECT ... FOR UPDATE} reads the snapshot of the transaction's first
 * read, which may predate the lock (issue 15: 12 of 5 seats confirmed). H2 runs at READ COMMITTED anyway.
 */
@Singleton
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "org.partnershipsteward.platform.persistence.UrlRoutingDataSource",
        url = "${MPCONFIG=partnership.db.url}",
        user = "${MPCONFIG=partnership.db.user}",
        password = "${MPCONFIG=partnership.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            // at most once per 10 s per connection, not before every use: each validation loaded the validator class
            // through the WAR's class loader (6 % of the CPU under load, docs/quality.md); a connection that died within
            // the period fails its statement, which is answered 503 like any outage (OutageFilter, ProblemMapper)
            "fish.payara.validate-atmost-once-period-in-seconds=10",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
public class DataSourceConfiguration {

    public static final String JNDI_NAME = "java:app/jdbc/steward";
}
