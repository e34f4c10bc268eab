package org.partnershipsteward.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that picks the vendor driver from the JDBC URL, so that one WAR runs on the embedded
 * database or on MySQL chosen by configuration only. The container pools its connections.
 */
public class UrlRoutingDataSource implements DataSource {

    static final String MYSQL_DATA_SOURCE = "com.mysql.cj.jdbc.MysqlDataSource";
    static final String H2_DATA_SOURCE = "org.h2.jdbcx.JdbcDataSource";
    /**
     * How long the embedded database lets a transaction wait for a row lock (H2's own default is one second). Every
     * RSVP, vote and decision waits for its subject's row lock in turn, so a dozen members answering in the same
     * second on a busy machine waited longer than a second and got an error (issue 15: the portal's RSVP path).
     * MySQL/MariaDB wait 50 seconds by default ({@code innodb_lock_wait_timeout}).
     */
    static final int EMBEDDED_LOCK_TIMEOUT_MS = 20_000;
    /** The embedded database's password when none is configured. */
    static final String EMBEDDED_PASSWORD = "steward";

    private String url;
    private String user;
    private String password;
    private volatile DataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;

    public void setURL(String url) {
        this.url = url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getURL() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** The vendor data source class a JDBC URL needs. */
    static String vendorClassFor(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("partnership.db.url is not set");
        }
        if (url.startsWith("jdbc:mysql:")) {
            return MYSQL_DATA_SOURCE;
        }
        if (url.startsWith("jdbc:h2:")) {
            return H2_DATA_SOURCE;
        }
        throw new IllegalStateException("Unsupported database URL (use jdbc:mysql:// or jdbc:h2:): " + url);
    }

    /**
     * The URL to connect with: an embedded database's URL gets a lock timeout unless it names one itself; a MySQL URL
     * gets {@code useLocalSessionState=true} unless it names it: Connector/J then answers the pool's question "which
     * isolation level and auto-commit is this connection at?" from what it last set instead of asking the server
     * ({@code SELECT @@session.tx_isolation}) on every connection the pool hands out, half of the statements a page
     * sent (docs/quality.md). Every change of either goes through the driver, so what it remembers is what is set.
     */
    static String effectiveUrl(String url) {
        if (url != null && url.startsWith("jdbc:mysql:")) {
            return url.toLowerCase(java.util.Locale.ROOT).contains("uselocalsessionstate=") ? url
                    : url + (url.contains("?") ? "&" : "?") + "useLocalSessionState=true";
        }
        if (url == null || !url.startsWith("jdbc:h2:") || url.toUpperCase(java.util.Locale.ROOT).contains(";LOCK_TIMEOUT=")) {
            return url;
        }
        return url + ";LOCK_TIMEOUT=" + EMBEDDED_LOCK_TIMEOUT_MS;
    }

    /**
     * The password to send: the configured one; when none is configured (unset, empty, or the container's unresolved
     * {@code ${MPCONFIG=...}} placeholder), none at all for MySQL (a user without a password) and the embedded
     * database's own default for H2.
     */
    static String effectivePassword(String url, String configured) {
        boolean unset = configured == null || configured.isEmpty() || configured.startsWith("${MPCONFIG=");
        if (!unset) {
            return configured;
        }
        return url != null && url.startsWith("jdbc:h2:") ? EMBEDDED_PASSWORD : "";
    }

    private DataSource delegate() throws SQLException {
        DataSource ds = delegate;
        if (ds == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = create();
                }
                ds = delegate;
            }
        }
        return ds;
    }

    private DataSource create() throws SQLException {
        String className = vendorClassFor(url);
        try {
            Class<?> type = Class.forName(className, true, UrlRoutingDataSource.class.getClassLoader());
            Object ds = type.getConstructor().newInstance();
            type.getMethod("setURL", String.class).invoke(ds, effectiveUrl(url));
            type.getMethod("setUser", String.class).invoke(ds, user == null ? "" : user);
            type.getMethod("setPassword", String.class).invoke(ds, effectivePassword(url, password));
            return (DataSource) ds;
        } catch (ReflectiveOperationException e) {
            throw new SQLException("Cannot create " + className + " for " + url, e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pw) throws SQLException {
        return delegate().getConnection(username, pw);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }
}
