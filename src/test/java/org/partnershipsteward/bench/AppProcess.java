package org.partnershipsteward.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built WAR on Payara Micro in its own JVM, as an operator starts it ({@code java -jar payara-micro.jar
 * --deploy steward.war}), configured by environment variables. Knows its pid, so a check can kill it
 * hard ({@code SIGKILL}) or read its heap with {@code jcmd}.
 */
final class AppProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;
    private final long startedNanos;
    private double readySeconds = Double.NaN;

    private AppProcess(String name, Process process, int port, Path log, long startedNanos) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    /**
     * Starts the app on 127.0.0.1:{@code port} against {@code dbUrl} (user {@code steward}), sending mail to
     * 127.0.0.1:{@code mailPort}. {@code env} adds or overrides {@code PARTNERSHIP_*} variables.
     */
    static AppProcess start(String name, int port, String dbUrl, int mailPort, Map<String, String> env) throws IOException {
        Path target = Path.of(BenchSupport.property("bench.target", "target"));
        // bench.app.target: where another build's steward.war and payara-micro.jar are (default: this build's)
        Path app = Path.of(BenchSupport.property("bench.app.target", target.toString()));
        Path war = app.resolve("steward.war");
        Path jar = app.resolve("payara-micro.jar");
        if (!Files.isRegularFile(war) || !Files.isRegularFile(jar)) {
            throw new IllegalStateException("build the WAR and copy Payara Micro first (mvn package): " + war + ", " + jar);
        }
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("PARTNERSHIP_DB_URL", dbUrl);
        variables.put("PARTNERSHIP_DB_USER", BenchSupport.APP_USER);
        variables.put("PARTNERSHIP_DB_PASSWORD", BenchSupport.APP_PASSWORD);
        variables.put("PARTNERSHIP_MAIL_HOST", "127.0.0.1");
        variables.put("PARTNERSHIP_MAIL_PORT", Integer.toString(mailPort));
        variables.put("PARTNERSHIP_MAIL_FROM", "partnership@steward.test");
        variables.put("PARTNERSHIP_BASE_URL", "http://127.0.0.1:" + port);
        variables.put("PARTNERSHIP_DEMO_DATA", "false");
        variables.putAll(env);
        return launch(name, "bench-" + name, war, jar, port, target, variables);
    }

    /**
     * Payara Micro deploying {@code war} at the root on {@code port}, as an operator starts it: the recommended Java
     * options and {@code MALLOC_ARENA_MAX=2} (docs/operations.md), its own temporary folder and log under {@code target}.
     */
    private static AppProcess launch(String name, String files, Path war, Path jar, int port, Path target,
            Map<String, String> variables) throws IOException {
        Path tmp = Files.createDirectories(target.resolve(files));
        Path log = target.resolve(files + ".log");
        List<String> command = List.of(javaBinary(), jvmOptions(), "-Djava.io.tmpdir=" + tmp.toAbsolutePath(), "-jar",
                jar.toAbsolutePath().toString(), "--deploy", war.toAbsolutePath().toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--nohazelcast", "--disablephonehome", "--prebootcommandfile",
                Path.of("config/preboot.txt").toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().putAll(variables);
        long started = System.nanoTime();
        return new AppProcess(name, builder.start(), port, log, started);
    }

    /**
     * The baseline of the start-up target (issue 21): the same Payara Micro, with the same Java options, deploying a
     * WAR that holds one static page and nothing else. Ready when that page answers 200.
     */
    static double bareStartSeconds(int port, Duration timeout) throws IOException, InterruptedException {
        Path target = Path.of(BenchSupport.property("bench.target", "target"));
        Path jar = Path.of(BenchSupport.property("bench.app.target", target.toString())).resolve("payara-micro.jar");
        Path war = target.resolve("bench-empty.war");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(war))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("index.html"));
            zip.write("<!doctype html><title>empty</title><p>empty".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        try (AppProcess bare = launch("empty WAR", "bench-empty", war, jar, port, target, Map.of())) {
            return bare.awaitStatus200("/index.html", timeout);
        }
    }

    /** The options the operations guide recommends (config/jvm.options), or another heap with -Dbench.app.heap. */
    private static String jvmOptions() {
        String heap = BenchSupport.property("bench.app.heap", "");
        return heap.isEmpty() ? "@" + Path.of("config/jvm.options").toAbsolutePath() : "-Xmx" + heap;
    }

    /** {@code bench.app.java}: another JVM for the app (an older build on Java 17, measured beside this one). */
    private static String javaBinary() {
        return BenchSupport.property("bench.app.java", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** Waits until {@code /health/ready} answers 200; returns the seconds since the process started. */
    double awaitReady(Duration timeout) {
        return awaitStatus200("/health/ready", timeout);
    }

    private double awaitStatus200(String path, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (status(path) == 200) {
                readySeconds = (System.nanoTime() - startedNanos) / 1e9;
                return readySeconds;
            }
            BenchSupport.sleep(200);
        }
        throw new IllegalStateException(name + " not ready after " + timeout.toSeconds() + " s; see " + log);
    }

    /** The HTTP status of a GET without credentials, or -1 when nothing answers. */
    int status(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    URI uri(String path) {
        return URI.create(base() + path);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    double readySeconds() {
        return readySeconds;
    }

    Path log() {
        return log;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** {@code SIGKILL}: no shutdown hook, no transaction completes. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** {@code SIGTERM}, the orderly stop. */
    void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    /** Heap after a full GC ({@code jcmd GC.run}, then {@code GC.heap_info}) in MiB, and the resident set size in MiB. */
    Memory memoryAfterGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        // G1, Java 17: "garbage-first heap total 372736K, used 108543K"; Java 21+: "... total reserved 786432K, committed
        // 372736K, used 108543K"; the serial collector (config/jvm.options): a line per generation, "DefNew total 19648K,
        // used 7340K" and "Tenured total 43712K, used 2379K"; Metaspace lines say "used" without "total ...K,"
        Matcher used = Pattern.compile("(?m)^\\s*(garbage-first heap|DefNew|Tenured)\\s.*?(?:committed|total) (\\d+)K, used (\\d+)K")
                .matcher(info);
        long usedK = 0;
        long committedK = 0;
        while (used.find()) {
            committedK += Long.parseLong(used.group(2));
            usedK += Long.parseLong(used.group(3));
        }
        if (committedK == 0) {
            throw new IllegalStateException("GC.heap_info in a format this benchmark does not read:\n" + info);
        }
        long rssK = 0;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rssK = Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return new Memory(usedK / 1024.0, committedK / 1024.0, rssK / 1024.0);
    }

    record Memory(double heapUsedMiB, double heapCommittedMiB, double rssMiB) {
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        File jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toFile();
        Process p = new ProcessBuilder(jcmd.exists() ? jcmd.getPath() : "jcmd", Long.toString(pid()), command)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }
}
