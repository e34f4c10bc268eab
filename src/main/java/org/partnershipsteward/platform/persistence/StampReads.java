package org.partnershipsteward.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.StringJoiner;
import javax.sql.DataSource;

/**
 * The stamp of a {@link StampedCache}, read on every request that uses the cache: one row of counts and sums, read
 * with plain JDBC ({@link PlainReads}) when the caller is outside a transaction. The session bean, the entity manager
 * and its unit of work around that one row cost more than the query itself (the directory's stamp was a sixth of the
 * member directory's time, docs/quality.md, issue 21 session 12). Inside a transaction it answers nothing: the caller
 * then reads the stamp through its persistence context, which sees what the transaction itself has written.
 */
@ApplicationScoped
public class StampReads {

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The first row's columns as one text, outside a transaction; empty inside one. */
    public Optional<String> outsideTransaction(String sql, PlainReads.Parameters parameters) {
        if (transactions.getTransactionKey() != null) {
            return Optional.empty();
        }
        return Optional.of(PlainReads.read(dataSource, sql, parameters, StampReads::firstRow, "A cache's stamp could not be read"));
    }

    static String firstRow(java.sql.ResultSet rows) throws java.sql.SQLException {
        StringJoiner stamp = new StringJoiner(",", "[", "]");
        if (rows.next()) {
            for (int i = 1, n = rows.getMetaData().getColumnCount(); i <= n; i++) {
                stamp.add(String.valueOf(rows.getString(i)));
            }
        }
        return stamp.toString();
    }
}
