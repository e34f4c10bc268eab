package org.partnershipsteward.platform.persistence;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One read with plain JDBC on the application's pool, for the few reads on every request where an entity manager and
 * its unit of work cost more than the query (the session check, the API token, and through {@link PoolReads} the adopted
 * bylaws versions and the caches' stamps; docs/quality.md, issue 21). A database that does not answer is a {@link PersistenceException} with the driver's exception as its
 * cause, which {@link DatabaseOutage} recognises (503 with {@code Retry-After}), as it does the entity manager's.
 */
public final class PlainReads {

    /** Sets the statement's parameters. */
    @FunctionalInterface
    public interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    /** Reads what the rows say; the rows are closed after it returns. */
    @FunctionalInterface
    public interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private PlainReads() {
    }

    /**
     * Runs {@code sql} on a connection of the pool and gives its rows to {@code rows}; {@code what} names the read in
     * the exception ("The API token could not be checked").
     */
    public static <T> T read(DataSource dataSource, String sql, Parameters parameters, Rows<T> rows, String what) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            parameters.set(query);
            try (ResultSet result = query.executeQuery()) {
                return rows.read(result);
            }
        } catch (SQLException e) {
            throw new PersistenceException(what, e);
        }
    }
}
