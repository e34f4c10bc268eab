package org.partnershipsteward.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small load driver: {@code users} threads of a fixed pool, each with its own HTTP client and cookie
 * jar (so each keeps the session it signed in with through the login form), each sending its requests
 * one after the other. Latencies are measured per request, from send to the last byte of the body.
 */
final class LoadDriver implements AutoCloseable {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final List<HttpClient> clients = new ArrayList<>();
    private final ExecutorService pool;

    /** Users of the pages: each keeps its cookies (its session). */
    LoadDriver(String base, int users) {
        this(base, users, true);
    }

    /**
     * {@code cookies=false} for API clients, which send credentials with every request and no cookie (as scripts
     * and curl do): the app answers a Basic-auth call with a session cookie, and a client that sent it back would
     * be let in as the caller of that session without its credentials being checked (see docs/quality.md).
     */
    LoadDriver(String base, int users, boolean cookies) {
        this.base = base;
        for (int i = 0; i < users; i++) {
            HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5));
            clients.add((cookies ? builder.cookieHandler(new CookieManager()) : builder).build());
        }
        pool = Executors.newFixedThreadPool(users);
    }

    int users() {
        return clients.size();
    }

    /** What one measured load step saw. */
    /**
     * One step's figures; {@code refusals} counts every answer that did not count, by HTTP status (-1: no answer), so a
     * 403 to a user who holds the role is seen, never sent again.
     */
    record Result(String name, int requests, int errors, double seconds, long[] sortedNanos, String firstError,
            Map<Integer, Integer> refusals) {

        double p50() {
            return BenchSupport.percentile(sortedNanos, 50);
        }

        double p95() {
            return BenchSupport.percentile(sortedNanos, 95);
        }

        double p99() {
            return BenchSupport.percentile(sortedNanos, 99);
        }

        double perSecond() {
            return requests / seconds;
        }

        /** 403 answers: the user holds the role in every step, so each one is wrong (payara/Payara#6145 on Payara 6). */
        int forbidden() {
            return refusals.getOrDefault(403, 0);
        }

        Result merge(Result other) {
            long[] all = Arrays.copyOf(sortedNanos, sortedNanos.length + other.sortedNanos.length);
            System.arraycopy(other.sortedNanos, 0, all, sortedNanos.length, other.sortedNanos.length);
            Arrays.sort(all);
            Map<Integer, Integer> both = new TreeMap<>(refusals);
            other.refusals.forEach((status, n) -> both.merge(status, n, Integer::sum));
            return new Result(name, requests + other.requests, errors + other.errors, seconds + other.seconds, all,
                    firstError != null ? firstError : other.firstError, both);
        }
    }

    /** Each user signs in through the login form with the email {@code email.apply(user)}; fails unless all succeed. */
    void signIn(IntFunction<String> email, String password) throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (int u = 0; u < clients.size(); u++) {
            int user = u;
            done.add(pool.submit(() -> {
                signIn(clients.get(user), email.apply(user), password);
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
    }

    private void signIn(HttpClient client, String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher viewState = VIEW_STATE.matcher(form.body());
        if (form.statusCode() != 200 || !viewState.find()) {
            throw new IllegalStateException("login page answered " + form.statusCode() + " without a view state");
        }
        String body = "login=login&login%3Anext=&login%3Aemail=" + enc(email) + "&login%3Apassword=" + enc(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(viewState.group(1));
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("login")) {
            throw new IllegalStateException("sign-in of " + email + " failed: " + answer.statusCode() + " " + location);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The status of one GET by user 0 (signed in): tells whether a page exists yet. */
    int probe(String path) throws IOException, InterruptedException {
        return clients.get(0).send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** One request by one user, outside any measurement; the answer's status and body. */
    HttpResponse<String> once(int user, HttpRequest request) throws IOException, InterruptedException {
        return clients.get(user).send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Every user GETs {@code path} (signed in with its session) {@code perUser} times; 200 with {@code marker} in the body counts. */
    Result pages(String name, String path, String marker, int perUser) throws Exception {
        return run(name, perUser, (user, i) -> HttpRequest.newBuilder(URI.create(base + path)).build(), marker);
    }

    /** A request for user {@code user}, its {@code i}-th. */
    interface Requests {
        HttpRequest request(int user, int i);
    }

    /**
     * Every user sends {@code perUser} requests made by {@code requests}; a 2xx answer with {@code marker} in its body
     * (if given), or a redirect with {@code marker} in its {@code Location} (a form post answered the web's way),
     * counts. Every other answer is counted by status in {@code refusals}; all but 403 are errors that stop the step.
     * A 403 is counted, not sent again, and the benchmark fails at its end if there was any (see {@link Result#forbidden}).
     */
    Result run(String name, int perUser, Requests requests, String marker) throws Exception {
        int users = clients.size();
        long[][] nanos = new long[users][perUser];
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        Map<Integer, Integer> refusals = new ConcurrentHashMap<>();
        List<Future<?>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int u = 0; u < users; u++) {
            int user = u;
            done.add(pool.submit(() -> {
                HttpClient client = clients.get(user);
                for (int i = 0; i < perUser; i++) {
                    HttpRequest request = requests.request(user, i);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        nanos[user][i] = System.nanoTime() - t0;
                        if (response.statusCode() == 403) {
                            refusals.merge(403, 1, Integer::sum);
                        } else if (!answered(response, marker)) {
                            refusals.merge(response.statusCode(), 1, Integer::sum);
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, "user " + user + " request " + i + ": " + response.statusCode() + " "
                                    + response.body().substring(0, Math.min(300, response.body().length())).replaceAll("\\s+", " "));
                        }
                    } catch (IOException e) {
                        nanos[user][i] = System.nanoTime() - t0;
                        refusals.merge(-1, 1, Integer::sum);
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = Arrays.stream(nanos).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(name, users * perUser, errors.get(), seconds, all, firstError.get(), new TreeMap<>(refusals));
    }

    private static boolean answered(HttpResponse<String> response, String marker) {
        if (response.statusCode() / 100 == 3) {
            return marker != null && response.headers().firstValue("Location").orElse("").contains(marker);
        }
        return response.statusCode() / 100 == 2 && (marker == null || response.body().contains(marker));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
