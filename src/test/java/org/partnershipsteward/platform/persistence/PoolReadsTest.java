package org.partnershipsteward.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class PoolReadsTest {

    private static PoolReads stamps(Object transactionKey) throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:stamp-reads-" + System.nanoTime() + ";MODE=MySQL;DB_CLOSE_DELAY=-1");
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE member (id INT PRIMARY KEY, version INT)");
            s.execute("INSERT INTO member VALUES (1, 1), (2, 3)");
        }
        return new PoolReads(h2, (TransactionSynchronizationRegistry) Proxy.newProxyInstance(PoolReadsTest.class.getClassLoader(),
                new Class<?>[] {TransactionSynchronizationRegistry.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getTransactionKey")) {
                        return transactionKey;
                    }
                    throw new UnsupportedOperationException(method.getName());
                }));
    }

    @Test
    void outsideATransactionTheStampIsTheRowsColumnsReadWithPlainJdbc() throws Exception {
        PoolReads stamps = stamps(null);
        String sql = "SELECT (SELECT COUNT(*) FROM member), (SELECT SUM(version) FROM member WHERE id >= ?), NULL";
        assertEquals(Optional.of("[2,4,null]"), stamps.stampOutsideTransaction(sql, q -> q.setInt(1, 1)));
        // another parameter, another stamp: the parameters reach the statement
        assertEquals(Optional.of("[2,3,null]"), stamps.stampOutsideTransaction(sql, q -> q.setInt(1, 2)));
        try (Connection c = stamps.dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("UPDATE member SET version = version + 1 WHERE id = 2");
        }
        assertNotEquals(Optional.of("[2,4,null]"), stamps.stampOutsideTransaction(sql, q -> q.setInt(1, 1)), "a change changes the stamp");
    }

    @Test
    void insideATransactionItLeavesTheStampToThePersistenceContextThatSeesTheTransactionsOwnWrites() throws Exception {
        assertEquals(Optional.empty(), stamps("a transaction").stampOutsideTransaction("SELECT no_such_column FROM nowhere", q -> { }));
    }
}
