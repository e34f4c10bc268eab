package org.partnershipsteward.bench;

import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.partnershipsteward.platform.mail.MailSessions;
import org.partnershipsteward.platform.persistence.UrlRoutingDataSource;

/**
 * What the two outbox benchmarks (notice fan-out, urgent alert) stand on: the database of {@code bench.db.url}
 * (user {@code bench.db.user}, password {@code bench.db.password}; an in-memory H2 by default) migrated by Flyway,
 * a fixed pool of {@code bench.pool} connections (0: none), and GreenMail on a free loopback port with a session
 * that sends to it.
 */
final class OutboxBench implements AutoCloseable {

    final DataSource db;
    final String url;
    final String dbName;
    final int poolSize;
    final int port;
    final NoticeFanOutBenchmark.LoopbackGreenMail greenMail;
    final Session session;
    private final NoticeFanOutBenchmark.FixedPool pool;

    private OutboxBench(DataSource db, String url, String dbName, int poolSize, int port,
            NoticeFanOutBenchmark.LoopbackGreenMail greenMail, NoticeFanOutBenchmark.FixedPool pool) {
        this.db = db;
        this.url = url;
        this.dbName = dbName;
        this.poolSize = poolSize;
        this.port = port;
        this.greenMail = greenMail;
        this.pool = pool;
        this.session = MailSessions.smtp("127.0.0.1", port, false, false, null, null);
    }

    /**
     * @param h2Url the in-memory database used without {@code bench.db.url}
     * @param validate whether the pool checks each connection it lends ({@code isValid}), as the app's pool does
     * @param noDelay whether GreenMail answers with TCP_NODELAY (see {@link NoticeFanOutBenchmark.LoopbackGreenMail})
     */
    static OutboxBench open(String h2Url, boolean validate, boolean noDelay) throws Exception {
        String url = BenchSupport.property("bench.db.url", h2Url);
        boolean h2 = url.startsWith("jdbc:h2:");
        UrlRoutingDataSource physical = new UrlRoutingDataSource();
        physical.setURL(url);
        physical.setUser(BenchSupport.property("bench.db.user", h2 ? "sa" : "root"));
        physical.setPassword(BenchSupport.property("bench.db.password", ""));
        Flyway.configure().dataSource(physical).locations("filesystem:sql").load().migrate();
        String dbName;
        try (Connection c = physical.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            dbName = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        NoticeFanOutBenchmark.LoopbackGreenMail greenMail =
                new NoticeFanOutBenchmark.LoopbackGreenMail(new ServerSetup(port, "127.0.0.1", "smtp"), noDelay);
        greenMail.start();
        int poolSize = BenchSupport.intProperty("bench.pool", 4);
        NoticeFanOutBenchmark.FixedPool pool = poolSize > 0 ? new NoticeFanOutBenchmark.FixedPool(physical, poolSize, validate) : null;
        return new OutboxBench(pool != null ? pool : physical, url, dbName, poolSize, port, greenMail, pool);
    }

    /** Mailboxes for the recipients, made before the first run so that no run pays for creating them. */
    void mailboxes(int count, java.util.function.IntFunction<String> recipient) {
        for (int i = 0; i < count; i++) {
            greenMail.setUser(recipient.apply(i), recipient.apply(i), "bench");
        }
    }

    boolean pooled() {
        return pool != null;
    }

    @Override
    public void close() throws Exception {
        greenMail.stop();
        if (pool != null) {
            pool.close();
        }
    }
}
