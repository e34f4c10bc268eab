package org.partnershipsteward.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class PlainReadsTest {

    private static JdbcDataSource database() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:plain-reads-" + System.nanoTime() + ";MODE=MySQL;DB_CLOSE_DELAY=-1");
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(20))");
            s.execute("INSERT INTO t VALUES (1, 'one'), (2, 'two'), (3, 'three')");
        }
        return h2;
    }

    @Test
    void readsTheRowsTheParametersSelectAndReturnsTheConnectionToThePool() throws Exception {
        JdbcDataSource h2 = database();
        List<Connection> handedOut = new ArrayList<>();
        DataSource pool = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Connection c = h2.getConnection();
                    handedOut.add(c);
                    return c;
                });
        List<String> names = PlainReads.read(pool, "SELECT name FROM t WHERE id >= ? ORDER BY id", q -> q.setInt(1, 2), rows -> {
            List<String> read = new ArrayList<>();
            while (rows.next()) {
                read.add(rows.getString(1));
            }
            return read;
        }, "names");
        assertEquals(List.of("two", "three"), names);
        assertEquals(1, handedOut.size());
        assertTrue(handedOut.get(0).isClosed(), "the connection goes back to the pool");
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsAPersistenceExceptionTheOutageAnswerRecognises() {
        SQLException down = new SQLTransientConnectionException("Error in allocating a connection", "08001");
        DataSource pool = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    throw down;
                });
        PersistenceException e = assertThrows(PersistenceException.class,
                () -> PlainReads.read(pool, "SELECT 1", q -> { }, rows -> rows.next(), "The session's account could not be read"));
        assertEquals("The session's account could not be read", e.getMessage());
        assertEquals(down, e.getCause());
        assertTrue(DatabaseOutage.causedBy(e));
    }

    @Test
    void aWrongStatementIsAPersistenceExceptionButNotAnOutage() throws Exception {
        JdbcDataSource h2 = database();
        PersistenceException e = assertThrows(PersistenceException.class,
                () -> PlainReads.read(h2, "SELECT nothing FROM nowhere", q -> { }, rows -> rows.next(), "a read"));
        assertFalse(DatabaseOutage.causedBy(e), e.getCause().toString());
    }
}
