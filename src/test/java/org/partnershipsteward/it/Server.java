package org.partnershipsteward.it;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * The built WAR on Payara Micro, started once per test run (per JVM) and shared by every integration test class
 * (issue 20: each class used to start its own). The first class that needs it starts it; JUnit stops it when the
 * run ends. Tests keep their data apart by their own names (emails, organisations, summit titles), not by a fresh
 * server. A field {@code @Server.Url URL base} receives the application's address (with a trailing slash).
 * <p>
 * Configured as an operator would configure it (system properties on the command line), from the {@code it.*}
 * properties failsafe passes: database, mail port, pre-boot file. The server's log is {@code target/it-server.log}.
 */
public final class Server implements TestInstancePostProcessor {

    /** Marks the field that receives the application's base URL. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Url {
    }

    /** At the root, as in production: the MicroProfile paths (/health, /openapi) beside the pages, as people see them. */
    static final String CONTEXT = "/";

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws Exception {
        Running running = owner(context).getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
        for (Class<?> type = testInstance.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Url.class)) {
                    field.setAccessible(true);
                    field.set(testInstance, running.base());
                }
            }
        }
    }

    /**
     * Whose server a test class uses: the run's (one for all classes), or, with {@code -Dit.server.perClass=true}, its
     * own, started for the class and stopped after it, as each class did before issue 20. That mode exists only to
     * measure what one server per run saves on the same tests (docs/quality.md, "The test suite's time").
     */
    private static ExtensionContext owner(ExtensionContext context) {
        if (!Boolean.getBoolean("it.server.perClass")) {
            return context.getRoot();
        }
        ExtensionContext owner = context;
        while (owner.getTestMethod().isPresent() && owner.getParent().isPresent()) {
            owner = owner.getParent().get();
        }
        return owner;
    }

    /** The one Payara Micro process of this run. */
    static final class Running implements AutoCloseable {

        private final Process process;
        private final int port;

        private Running(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static Running start() {
            return start("", Map.of());
        }

        /**
         * A second server of the same WAR on its own empty database (no demo data; the bootstrap secretariat account
         * only), e.g. to import into an empty partnership. {@code it.empty.db.url} chooses the database (default: an
         * in-memory H2 of its own); the caller closes it.
         */
        static Running startEmpty(String name) {
            return start("-" + name, Map.of(
                    "partnership.db.url", property("it.empty.db.url",
                            "jdbc:h2:mem:steward-" + name + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"),
                    "partnership.demo-data", "false"));
        }

        private static Running start(String suffix, Map<String, String> overrides) {
            try {
                Path target = Path.of(property("it.tmpdir", "target"));
                Path war = Path.of(property("it.war", "target/steward.war"));
                Path jar = Path.of(property("payara.microJar", "target/payara-micro.jar"));
                if (!Files.isRegularFile(war) || !Files.isRegularFile(jar)) {
                    throw new IllegalStateException("Build the WAR first (mvn verify): " + war + ", " + jar);
                }
                int port = freePort();
                Path log = target.resolve("it-server" + suffix + ".log");
                Path tmp = Files.createDirectories(target.resolve("it-server" + suffix));
                List<String> command = new ArrayList<>(List.of(
                        // it.java: another JVM for the server (to run the suite against an older build, see docs/quality.md)
                        property("it.java", Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                        "-Xmx640m", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + tmp.toAbsolutePath(),
                        "-Dpartnership.db.url=" + property("it.db.url", "jdbc:h2:mem:steward-it;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"),
                        "-Dpartnership.db.user=" + property("it.db.user", "sa"),
                        "-Dpartnership.db.password=" + property("it.db.password", "steward"),
                        "-Dpartnership.mail.host=127.0.0.1",
                        "-Dpartnership.mail.port=" + Mailbox.port(),
                        "-Dpartnership.notice.relay.interval-seconds=1",
                        "-Dpartnership.notice.retry.first-seconds=2",
                        "-Dpartnership.summit.reminder-check-seconds=2",
                        "-Dpartnership.summit.confirmation-sweep-seconds=2",
                        "-Dpartnership.alerts.second-mail-minutes=1",
                        "-Dpartnership.alerts.check-seconds=2",
                        "-Dpartnership.base-url=http://steward.test",
                        "-Dpartnership.demo-data=true",
                        "-Dpartnership.bootstrap.email=bootstrap@steward.test",
                        "-Dpartnership.bootstrap.password=bootstrap-secret-1",
                        "-Dpartnership.security.login.window-seconds=60", // six sign-ins at 600,000 PBKDF2 iterations on a loaded machine take > 20 s
                        "-jar", jar.toAbsolutePath().toString(),
                        "--deploy", war.toAbsolutePath().toString(), "--contextroot", CONTEXT,
                        "--port", Integer.toString(port), "--nohazelcast", "--disablephonehome",
                        "--prebootcommandfile", property("it.preboot", "config/preboot-test.txt")));
                // the same keys again, later on the command line, win over the defaults above
                List<String> options = new ArrayList<>();
                overrides.forEach((key, value) -> options.add("-D" + key + "=" + value));
                command.addAll(command.indexOf("-jar"), options);
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
                Running running = new Running(process, port);
                // it.startup-seconds: more time on a machine that is busy with other work (default 7 minutes: CI machines may be busy)
                running.awaitReady(Duration.ofSeconds(Long.parseLong(property("it.startup-seconds", "420"))), log);
                return running;
            } catch (IOException e) {
                throw new IllegalStateException("Payara Micro did not start", e);
            }
        }

        URL base() {
            try {
                return URI.create("http://127.0.0.1:" + port + "/").toURL();
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }

        private void awaitReady(Duration timeout, Path log) {
            long started = System.nanoTime();
            long deadline = started + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log);
                }
                // a new client (and connection) each time: a connection accepted while the server was still starting
                // may never be served, and a pooled one would be reused until the deadline
                try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build()) {
                    int status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status == 200 && http.send(HttpRequest.newBuilder(URI.create(base() + "login.xhtml"))
                            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        System.out.printf("Payara Micro ready for the integration tests in %.1f s on port %d (log: %s)%n",
                                (System.nanoTime() - started) / 1e9, port, log);
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                sleep(250);
            }
            close();
            throw new IllegalStateException("Payara Micro not ready after " + timeout.toSeconds() + " s; see " + log);
        }

        @Override
        public void close() {
            if (process.isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(60, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static String property(String key, String fallback) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
