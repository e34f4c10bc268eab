package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** New members admitted the way the bylaws say (apply, then the board's majority approves), for tests' own data. */
final class Admissions {

    /** A member admitted by a test. */
    record Admitted(long id, String email) {
    }

    private Admissions() {
    }

    private static Api secretariat(URL base) {
        return Api.as(base, Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
    }

    /** The demo organisation new members join (a company: security practitioners qualify). */
    static long organizationId(URL base) {
        return secretariat(base).get("/api/organizations").array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("name").equals("Lakes Financial Bancorp")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** Admits {@code count} new members named {@code prefix.<batch>.<n>@applicant.test}; applications and votes 8 at a time. */
    static List<Admitted> admit(URL base, int count, String prefix) throws Exception {
        List<String> board = NewMembers.seatedBoard(base);
        int needed = board.size() / 2 + 1;
        long organizationId = organizationId(base);
        String batch = UUID.randomUUID().toString().substring(0, 6);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<String> emails = new ArrayList<>();
            List<Future<Long>> applied = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String email = prefix + "." + batch + "." + i + "@applicant.test";
                emails.add(email);
                applied.add(pool.submit(() -> {
                    Api.Answer answer = Api.anonymous(base).post("/api/applications", "{\"firstName\":\"Crowd\",\"lastName\":\""
                            + email.hashCode() + "\",\"email\":\"" + email + "\",\"title\":\"Chief Security Officer\","
                            + "\"organizationId\":" + organizationId + ",\"criterion\":\"SECURITY_PRACTITIONER\"}");
                    assertEquals(201, answer.status(), answer.body());
                    return answer.object().getJsonNumber("id").longValue();
                }));
            }
            List<Future<Api.Answer>> votes = new ArrayList<>();
            for (Future<Long> application : applied) {
                long id = application.get();
                for (int v = 0; v < needed; v++) {
                    Api voter = Api.as(base, board.get(v), Deployments.DEMO_PASSWORD);
                    votes.add(pool.submit(() -> voter.post("/api/applications/" + id + "/votes", "{\"decision\":\"APPROVE\"}")));
                }
            }
            for (Future<Api.Answer> vote : votes) {
                assertEquals(200, vote.get().status(), vote.get().body());
            }
            List<Admitted> members = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                JsonObject decided = secretariat(base).get("/api/applications/" + applied.get(i).get()).object();
                assertEquals("APPROVED", decided.getString("status"), decided.toString());
                members.add(new Admitted(decided.getJsonNumber("memberId").longValue(), emails.get(i)));
            }
            return members;
        } finally {
            pool.shutdownNow();
        }
    }
}
