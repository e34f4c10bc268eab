package org.partnershipsteward.bylaws.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.bylaws.entity.BylawsVersion;
import org.partnershipsteward.platform.persistence.DatabaseOutage;
import org.partnershipsteward.platform.persistence.PoolReads;

/**
 * Which path reads the adopted versions (issue 21): inside a transaction the persistence context, which sees that
 * transaction's own amendment; outside one (pages, API calls) one JDBC statement, whose failure is an outage.
 */
class BylawsDatedReadTest {

    private final AtomicInteger connections = new AtomicInteger();
    private final List<Object[]> inTransaction = List.<Object[]>of(new Object[] {2, LocalDate.of(2026, 12, 1), 7L});

    private static <T> T proxy(Class<T> type, java.lang.reflect.InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(BylawsDatedReadTest.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private Bylaws bylaws(Object transactionKey) {
        Bylaws bylaws = new Bylaws();
        TransactionSynchronizationRegistry transactions = proxy(TransactionSynchronizationRegistry.class, (p, method, args) -> {
            if (method.getName().equals("getTransactionKey")) {
                return transactionKey;
            }
            throw new UnsupportedOperationException(method.getName());
        });
        DataSource dataSource = proxy(DataSource.class, (p, method, args) -> {
            if (method.getName().equals("getConnection")) {
                connections.incrementAndGet();
                throw new SQLException("Error in allocating a connection. Cause: Connection could not be allocated because: "
                        + "Could not create connection to database server.");
            }
            throw new UnsupportedOperationException(method.getName());
        });
        bylaws.pool = new PoolReads(dataSource, transactions);
        TypedQuery<?> query = proxy(TypedQuery.class, (p, method, args) -> {
            if (method.getName().equals("getResultList")) {
                return inTransaction;
            }
            throw new UnsupportedOperationException(method.getName());
        });
        bylaws.em = proxy(EntityManager.class, (p, method, args) -> {
            if (method.getName().equals("createNamedQuery") && BylawsVersion.DATED.equals(args[0])) {
                return query;
            }
            throw new UnsupportedOperationException(method.getName());
        });
        return bylaws;
    }

    @Test
    void insideATransactionThePersistenceContextReadsSoAnAmendmentOfThatTransactionCounts() {
        assertSame(inTransaction, bylaws("a transaction").datedRows());
        assertEquals(0, connections.get(), "the pool is not asked");
    }

    /** Outside a transaction (every page and API call) the pool is asked; a database that does not answer is a 503. */
    @Test
    void outsideATransactionTheRowsComeFromThePoolAndAnUnansweredReadIsAnOutage() {
        PersistenceException e = assertThrows(PersistenceException.class, () -> bylaws(null).datedRows());
        assertEquals(1, connections.get());
        assertTrue(DatabaseOutage.causedBy(e), "answered as an outage, 503 with Retry-After");
    }
}
