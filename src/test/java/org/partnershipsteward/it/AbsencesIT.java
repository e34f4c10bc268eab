package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17: a seat holder's leave. While it lasts the alternate acts for the seat (the BOARD role, the seat's one
 * vote, counted by the majority); the holder does not vote for the seat; a vote the alternate cast stands when the
 * holder is back. Uses the demo Sheriff's seat (holder sheriff.hennepin, alternate sheriff.ramsey) and gives it back.
 */
@ExtendWith(Server.class)
class AbsencesIT {

    private static final String HOLDER = "sheriff.hennepin@steward.example";
    private static final String ALTERNATE = "sheriff.ramsey@steward.example";

    @Server.Url
    URL base;

    private Api secretariat() {
        return NewMembers.secretariat(base);
    }

    private static Api as(URL base, String email) {
        return Api.as(base, email, Deployments.DEMO_PASSWORD);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("America/Chicago"));
    }

    private JsonObject sheriffSeat() {
        return secretariat().get("/api/board").object().getJsonArray("seats").stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("type").equals("SHERIFF")).findFirst().orElseThrow();
    }

    private static String leave(LocalDate from, LocalDate to, String reason) {
        return "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
    }

    private long apply() {
        String word = NewMembers.uniqueWord();
        Api.Answer applied = Api.anonymous(base).post("/api/applications", "{\"firstName\":\"" + word + "\",\"lastName\":\"Leave\","
                + "\"email\":\"leave." + word.toLowerCase() + "@applicant.test\",\"title\":\"Chief Security Officer\","
                + "\"organizationId\":" + Admissions.organizationId(base) + ",\"criterion\":\"SECURITY_PRACTITIONER\"}");
        assertEquals(201, applied.status(), applied.body());
        return applied.object().getJsonNumber("id").longValue();
    }

    private static Api.Answer approve(URL base, String voter, long applicationId) {
        return as(base, voter).post("/api/applications/" + applicationId + "/votes", "{\"decision\":\"APPROVE\"}");
    }

    /** The other voters approve one by one until the application is decided; how many of them it took. */
    private int othersApproveUntilDecided(long applicationId, List<String> others) {
        int votes = 0;
        for (String voter : others) {
            Api.Answer vote = approve(base, voter, applicationId);
            assertEquals(200, vote.status(), vote.body());
            votes++;
            if (!vote.object().getString("status").equals("UNDER_REVIEW")) {
                assertEquals("APPROVED", vote.object().getString("status"), vote.body());
                return votes;
            }
        }
        throw new AssertionError("the board did not decide application " + applicationId);
    }

    private static int approvalsIn(JsonObject application) {
        // "k of n seated board members approved"
        return Integer.parseInt(application.getString("decisionReason").split(" ")[0]);
    }

    @Test
    void whileTheHolderIsOnLeaveTheAlternateActsVotesAndIsCountedAndTheVoteStandsWhenTheHolderIsBack() {
        JsonObject seat = sheriffSeat();
        long seatId = seat.getJsonNumber("id").longValue();
        assertEquals(ALTERNATE, secretariat().get("/api/members/" + seat.getJsonNumber("alternateId")).object().getString("email"),
                "the demo names the Ramsey sheriff as the Hennepin sheriff's alternate");
        String path = "/api/board/seats/" + seatId + "/absences";
        LocalDate today = today();

        // the rules, each a 422 naming it; nothing recorded
        Api holder = as(base, HOLDER);
        assertEquals("ABSENCE_DATES", holder.post(path, leave(today.plusDays(3), today.plusDays(2), null)).object().getString("rule"));
        assertEquals("ABSENCE_NOT_PAST", holder.post(path, leave(today.minusDays(1), today.plusDays(2), null)).object().getString("rule"));
        assertEquals("ABSENCE_REASON", holder.post(path, leave(today, today, "x".repeat(201))).object().getString("rule"));
        assertEquals(400, holder.post(path, "").status(), "no body");
        assertEquals(0, holder.get(path).array().size());

        // the holder records their own leave
        Api.Answer recorded = holder.post(path, leave(today, today.plusDays(7), "Training course"));
        assertEquals(201, recorded.status(), recorded.body());
        long absenceId = recorded.object().getJsonNumber("id").longValue();
        assertTrue(recorded.object().getBoolean("current"));
        assertEquals("ABSENCE_OVERLAP", holder.post(path, leave(today.plusDays(7), today.plusDays(9), null)).object()
                .getString("rule"), "leaves of one seat do not overlap");
        AuditEntries.recorded(secretariat(), "BoardSeat", seatId, "SEAT_ABSENCE_RECORDED");
        AuditEntries.recorded(secretariat(), "BoardSeat", seatId, "SEAT_ACTING");

        // the board page's data: who acts, since when, why
        JsonObject away = sheriffSeat();
        assertEquals(seat.getJsonNumber("alternateId"), away.getJsonNumber("actingId"), "the alternate acts for the seat");
        assertEquals("ABSENT", away.getString("actingReason"));
        assertEquals(today.toString(), away.getString("actingSince"));
        assertEquals(today.plusDays(7).toString(), away.getJsonObject("absence").getString("to"));
        assertEquals(200, as(base, ALTERNATE).get("/api/compliance/proposals?status=PENDING").status(),
                "the acting alternate holds the BOARD role");
        List<String> voters = NewMembers.seatedBoard(base);
        assertTrue(voters.contains(ALTERNATE), "the alternate holds the seat's vote: " + voters);
        assertFalse(voters.contains(HOLDER), "the holder on leave is not counted twice: " + voters);

        // a board vote decided by a majority that includes the acting alternate
        long first = apply();
        Api.Answer refused = approve(base, HOLDER, first);
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.object().getString("detail").contains("on leave until " + today.plusDays(7)), refused.body());
        assertEquals(200, approve(base, ALTERNATE, first).status());
        List<String> others = voters.stream().filter(v -> !v.equals(ALTERNATE)).toList();
        int othersNeeded = othersApproveUntilDecided(first, others);
        JsonObject decided = secretariat().get("/api/applications/" + first).object();
        assertEquals(othersNeeded + 1, approvalsIn(decided), "the alternate's approval is counted: " + decided);
        assertTrue(decided.getJsonArray("votes").stream().map(v -> v.asJsonObject()).anyMatch(v -> v.getString("decision")
                .equals("APPROVE") && v.getJsonNumber("seatId").longValue() == seatId), "the seat's vote: " + decided);

        // a vote the alternate cast during the leave stands when the holder is back
        long second = apply();
        assertEquals(200, approve(base, ALTERNATE, second).status());
        assertEquals(204, holder.send("DELETE", path + "/" + absenceId, "application/json", null).status(),
                "the holder is back (a leave that began today is cancelled)");
        JsonObject back = sheriffSeat();
        assertFalse(back.containsKey("actingId"), "nobody acts for the seat: " + back);
        assertFalse(back.containsKey("absence"));
        assertEquals(403, as(base, ALTERNATE).get("/api/compliance/proposals?status=PENDING").status(),
                "the acting rights end with the leave");
        AuditEntries.recorded(secretariat(), "BoardSeat", seatId, "SEAT_ACTING_ENDED");
        AuditEntries.recorded(secretariat(), "BoardSeat", seatId, "SEAT_ABSENCE_CANCELLED");
        List<String> othersNow = NewMembers.seatedBoard(base).stream().filter(v -> !v.equals(HOLDER)).toList();
        int needed = othersApproveUntilDecided(second, othersNow);
        JsonObject decidedAfter = secretariat().get("/api/applications/" + second).object();
        assertEquals(needed + 1, approvalsIn(decidedAfter), "the alternate's vote for the seat stands: " + decidedAfter);
    }
}
