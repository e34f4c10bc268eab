package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Finding 8: every decision is readable afterwards, through GET /api/audit and /secretariat/audit.xhtml. */
@ExtendWith(Server.class)
class AuditIT {

    @Server.Url
    URL base;

    private Api secretariat() {
        return Api.as(base, Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
    }

    private JsonObject entry(String type, long id, String action) {
        return AuditEntries.recorded(secretariat(), type, id, action);
    }

    private long summit(String title) {
        String day = "2032-0" + (1 + (int) (Math.random() * 8)) + "-1" + (int) (Math.random() * 9);
        Api.Answer created = secretariat().post("/api/summits", summitJson(title, day));
        assertEquals(201, created.status(), created.body());
        return created.object().getJsonNumber("id").longValue();
    }

    private static String summitJson(String title, String day) {
        return "{\"title\":\"" + title + "\",\"startsAt\":\"" + day + "T09:00:00-05:00\",\"endsAt\":\"" + day
                + "T12:00:00-05:00\",\"venue\":\"Union Depot\",\"capacity\":40,\"rsvpDeadline\":\"" + day
                + "T08:00:00-05:00\"}";
    }

    @Test
    void onlyTheSecretariatReadsTheAuditTrail() {
        assertEquals(200, secretariat().get("/api/audit").status());
        assertEquals(403, Api.as(base, Deployments.BOARD, Deployments.DEMO_PASSWORD).get("/api/audit").status());
        assertEquals(403, Api.as(base, Deployments.MEMBER, Deployments.DEMO_PASSWORD).get("/api/audit").status());
        Api.Answer anonymous = Api.anonymous(base).get("/api/audit");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.isProblem(), anonymous.contentType());
    }

    @Test
    void entriesComeNewestFirstInBoundedPages() {
        List<JsonObject> page = secretariat().get("/api/audit?size=5").array().stream().map(v -> v.asJsonObject()).toList();
        assertEquals(5, page.size(), "the demo data alone records more than five entries");
        for (int i = 1; i < page.size(); i++) {
            assertTrue(!Instant.parse(page.get(i).getString("at")).isAfter(Instant.parse(page.get(i - 1).getString("at"))),
                    "newest first: " + page);
        }
        JsonObject sixth = secretariat().get("/api/audit?size=1&page=6").array().getJsonObject(0);
        assertEquals(secretariat().get("/api/audit?size=6").array().getJsonObject(5), sixth, "page 6 of size 1 is the sixth entry");
        Api.Answer tooBig = secretariat().get("/api/audit?size=201");
        assertEquals(400, tooBig.status());
        assertEquals("size", tooBig.object().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aBadParameterIsA400ProblemNamingIt() {
        for (Map.Entry<String, String> bad : Map.of("subjectId", "seven", "from", "14/05/2030", "to", "soon",
                "page", "0").entrySet()) {
            Api.Answer answer = secretariat().get("/api/audit?" + bad.getKey() + "=" + bad.getValue());
            assertEquals(400, answer.status(), bad + " " + answer.body());
            assertTrue(answer.isProblem(), answer.contentType());
            assertEquals(bad.getKey(), answer.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
    }

    @Test
    void theActorAndTimeFiltersNarrowTheTrail() {
        Instant before = Instant.now().minusSeconds(2);
        long id = summit("Audit filters " + UUID.randomUUID());
        List<JsonObject> mine = secretariat().get("/api/audit?actor=" + Deployments.SECRETARIAT + "&from=" + before
                + "&subjectType=Summit").array().stream().map(v -> v.asJsonObject()).toList();
        assertTrue(mine.stream().anyMatch(e -> e.getJsonNumber("subjectId").longValue() == id
                && e.getString("action").equals("SUMMIT_SCHEDULED")), mine.toString());
        assertTrue(mine.stream().allMatch(e -> e.getString("actor").equals(Deployments.SECRETARIAT)), mine.toString());
        assertEquals(0, secretariat().get("/api/audit?subjectType=Summit&subjectId=" + id + "&to=" + before).array().size());
    }

    @Test
    void movingASummitIsInTheTrailWithItsNewDate() {
        String title = "Audit move " + UUID.randomUUID();
        long id = summit(title);
        Api.Answer moved = secretariat().put("/api/summits/" + id, summitJson(title, "2032-11-17"));
        assertEquals(200, moved.status(), moved.body());
        JsonObject entry = entry("Summit", id, "SUMMIT_CHANGED");
        assertEquals(Deployments.SECRETARIAT, entry.getString("actor"));
        assertTrue(entry.getString("detail").contains("2032"), entry.toString());
    }

    @Test
    void cancellingASummitIsInTheTrailWithTheReason() {
        long id = summit("Audit cancel " + UUID.randomUUID());
        String reason = "Venue double-booked " + UUID.randomUUID();
        assertEquals(200, secretariat().post("/api/summits/" + id + "/cancellation", "{\"reason\":\"" + reason + "\"}").status());
        assertEquals(reason, entry("Summit", id, "SUMMIT_CANCELLED").getString("detail"));
    }

    @Test
    void aMemberStatusChangeIsInTheTrailWithTheReason() {
        List<JsonObject> members = secretariat().get("/api/members").array().stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("status").equals("ACTIVE") && !m.getString("email").equals(Deployments.MEMBER)
                        && !m.getString("email").equals(Deployments.BOARD))
                .toList();
        long memberId = members.get(members.size() - 1).getJsonNumber("id").longValue();
        String reason = "Audit check " + UUID.randomUUID();
        Api.Answer changed = secretariat().post("/api/members/" + memberId + "/status",
                "{\"status\":\"AT_RISK\",\"reason\":\"" + reason + "\"}");
        assertEquals(200, changed.status(), changed.body());
        JsonObject entry = entry("Member", memberId, "MEMBER_STATUS_CHANGED");
        assertTrue(entry.getString("detail").contains(reason), entry.toString());
        assertTrue(entry.getString("detail").contains("ACTIVE → AT_RISK"), entry.toString());
        secretariat().post("/api/members/" + memberId + "/status", "{\"status\":\"ACTIVE\",\"reason\":\"back after " + reason + "\"}");
    }

    @Test
    void theSecretariatsAuditPageListsEntriesWithFiltersAndIsInItsMenu() {
        long id = summit("Audit page " + UUID.randomUUID());
        PageClient secretariat = new PageClient(base).signIn(Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
        String html = secretariat.get("/secretariat/audit.xhtml").body();
        for (String filter : List.of("audit:subjectType", "audit:subjectId", "audit:actor", "audit:from", "audit:to")) {
            assertTrue(html.contains("id=\"" + filter), "filter " + filter);
        }
        assertTrue(html.contains("Summit scheduled"), "the newest entries are listed, their actions in words (issue 19)");
        assertTrue(secretariat.get("/dashboard.xhtml").body().contains("/secretariat/audit.xhtml"),
                "linked from the secretariat's menu");
        PageClient member = new PageClient(base).signIn(Deployments.MEMBER, Deployments.DEMO_PASSWORD);
        assertEquals(403, member.get("/secretariat/audit.xhtml").statusCode());
        assertTrue(secretariat.get("/secretariat/audit.xhtml").body().contains("Audit page"), "summit " + id + " listed");
    }
}
