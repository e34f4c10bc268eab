package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No wrong 403 (issue 14): 20 people signed in at once through the login form (secretariat, board and members mixed),
 * each opening a page their role allows and calling the API, all at the same time. On Payara Micro 6 about one answer
 * in fourteen was a 403 to a user who holds the role (payara/Payara#6145, a SecurityContext shared between threads);
 * every answer must be 200, and nothing is sent twice.
 */
@ExtendWith(Server.class)
class ConcurrentSessionsIT {

    static final List<String> SECRETARIAT = List.of("secretariat@steward.example", "backup.secretariat@steward.example");

    static final int ROUNDS = 20;

    @Server.Url
    URL base;

    @Test
    void twentySignedInSessionsAtOnceAreNeverRefusedWhatTheirRoleAllows() throws Exception {
        // who holds which role is read from the server as it is now (other classes share it and change the board):
        // the secretariat, every seated board member, then demo members who hold no seat, 20 in all
        Api secretariat = Api.as(base, Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
        List<String[]> users = new ArrayList<>(); // email, the page the role may open
        SECRETARIAT.forEach(e -> users.add(new String[] {e, "/secretariat/handover.xhtml"}));
        java.util.Set<Long> seated = new java.util.HashSet<>();
        for (jakarta.json.JsonValue seat : secretariat.get("/api/board").object().getJsonArray("seats")) {
            jakarta.json.JsonObject s = seat.asJsonObject();
            if (!s.getBoolean("vacant")) {
                long holder = s.getJsonNumber("holderId").longValue();
                seated.add(holder);
                users.add(new String[] {secretariat.get("/api/members/" + holder).object().getString("email"), "/members/index.xhtml"});
            }
        }
        for (jakarta.json.JsonValue member : secretariat.get("/api/members?status=ACTIVE").array()) {
            jakarta.json.JsonObject m = member.asJsonObject();
            if (users.size() < 20 && !seated.contains(m.getJsonNumber("id").longValue())
                    && m.getString("email").endsWith("@steward.example") && !m.getString("email").equals(Deployments.MEMBER)) {
                users.add(new String[] {m.getString("email"), "/dashboard.xhtml"});
            }
        }
        assertEquals(20, users.size());
        List<PageClient> sessions = new ArrayList<>();
        for (String[] user : users) {
            sessions.add(new PageClient(base).signIn(user[0], Deployments.DEMO_PASSWORD));
        }
        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int u = 0; u < users.size(); u++) {
                String email = users.get(u)[0];
                String page = users.get(u)[1];
                PageClient session = sessions.get(u);
                Api api = Api.as(base, email, Deployments.DEMO_PASSWORD);
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < ROUNDS; i++) {
                        HttpResponse<String> shown = session.get(page);
                        count(answers, wrong, "page", email, page, shown.statusCode());
                        Api.Answer called = api.get("/api/bylaws");
                        count(answers, wrong, "api", email, "/api/bylaws", called.status());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("20 sessions at once, " + ROUNDS + " rounds of a page and an API call each: " + new TreeMap<>(answers));
        assertEquals(List.of(), wrong, "answers other than 200 to users who hold the role");
        assertEquals(Map.of("page 200", users.size() * ROUNDS, "api 200", users.size() * ROUNDS),
                Map.of("page 200", answers.get("page 200").get(), "api 200", answers.get("api 200").get()));
    }

    private static void count(Map<String, AtomicInteger> answers, List<String> wrong, String kind, String email, String path,
            int status) {
        answers.computeIfAbsent(kind + " " + status, k -> new AtomicInteger()).incrementAndGet();
        if (status != 200) {
            wrong.add(kind + " " + path + " for " + email + ": " + status);
        }
    }
}
