package org.partnershipsteward.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.StringJoiner;
import javax.sql.DataSource;

/**
 * Reads that pages and API calls make on every request, with plain JDBC on the pool ({@link PlainReads}) when the
 * caller is outside a transaction: the adopted bylaws versions, and the stamps of the caches behind the member
 * directory and the compliance report ({@link StampedCache}). A session bean, an entity manager and its unit of work
 * around one small row cost more than the query itself (docs/quality.md, issue 21). Inside a transaction they answer
 * nothing: the caller then reads through its persistence context, which sees what the transaction itself has written.
 */
@ApplicationScoped
public class PoolReads {

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** For the container. */
    public PoolReads() {
    }

    /** With a pool and a registry of one's own (tests). */
    public PoolReads(DataSource dataSource, TransactionSynchronizationRegistry transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /** What {@code rows} makes of the statement's rows, outside a transaction; empty inside one. */
    public <T> Optional<T> outsideTransaction(String sql, PlainReads.Parameters parameters, PlainReads.Rows<T> rows, String what) {
        if (transactions.getTransactionKey() != null) {
            return Optional.empty();
        }
        return Optional.of(PlainReads.read(dataSource, sql, parameters, rows, what));
    }

    /** A cache's stamp: the first row's columns as one text, outside a transaction; empty inside one. */
    public Optional<String> stampOutsideTransaction(String sql, PlainReads.Parameters parameters) {
        return outsideTransaction(sql, parameters, PoolReads::firstRow, "A cache's stamp could not be read");
    }

    static String firstRow(ResultSet rows) throws SQLException {
        StringJoiner stamp = new StringJoiner(",", "[", "]");
        if (rows.next()) {
            for (int i = 1, n = rows.getMetaData().getColumnCount(); i <= n; i++) {
                stamp.add(String.valueOf(rows.getString(i)));
            }
        }
        return stamp.toString();
    }
}
