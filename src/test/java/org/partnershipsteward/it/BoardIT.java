package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The Executive Board through the API and the pages: seats, eligibility, terms, alternates, the rotating chair. */
@ExtendWith(Server.class)
class BoardIT {

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @Server.Url
    URL base;

    private static Browser browser;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Api secretariat() {
        return Api.as(base, Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
    }

    private JsonObject board() {
        Api.Answer answer = Api.as(base, Deployments.MEMBER, Deployments.DEMO_PASSWORD).get("/api/board");
        assertEquals(200, answer.status(), answer.body());
        return answer.object();
    }

    private long memberId(String email) {
        return secretariat().get("/api/members").array().stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("email").equals(email)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static String seatJson(Object holder, Object alternate, String start, String end) {
        return "{\"holderId\":" + holder + (alternate == null ? "" : ",\"alternateId\":" + alternate)
                + ",\"termStart\":\"" + start + "\",\"termEnd\":\"" + end + "\"}";
    }

    private JsonObject seatHeldBy(JsonObject board, long memberId) {
        return board.getJsonArray("seats").stream().map(v -> v.asJsonObject())
                .filter(s -> !s.getBoolean("vacant") && s.getJsonNumber("holderId").longValue() == memberId)
                .findFirst().orElseThrow();
    }

    @Test
    void theNineSeatsAreFilledFromDemoMembersWithAChairAndFourTermsAhead() {
        JsonObject board = board();
        var seats = board.getJsonArray("seats");
        assertEquals(9, seats.size());
        assertEquals(List.of("FBI_SAC", "SHERIFF", "POLICE_CHIEF", "POLICE_CHIEF", "FOUNDING_SPONSOR_EXECUTIVE",
                "PRIVATE_SECTOR_EXECUTIVE", "PRIVATE_SECTOR_EXECUTIVE", "PRIVATE_SECTOR_EXECUTIVE", "PRIVATE_SECTOR_EXECUTIVE"),
                seats.stream().map(s -> s.asJsonObject().getString("type")).toList());
        for (var value : seats) {
            JsonObject seat = value.asJsonObject();
            if (seat.getBoolean("vacant")) {
                continue;
            }
            Api.Answer refilled = secretariat().put("/api/board/seats/" + seat.getJsonNumber("id"), seatJson(
                    seat.getJsonNumber("holderId"), seat.containsKey("alternateId") ? seat.getJsonNumber("alternateId") : null,
                    seat.getString("termStart"), seat.getString("termEnd")));
            assertEquals(200, refilled.status(), refilled.body());
            assertEquals(Deployments.SECRETARIAT, AuditEntries.recorded(secretariat(), "BoardSeat",
                    seat.getJsonNumber("id").longValue(), "SEAT_ASSIGNED").getString("actor"));
        }
        assertTrue(board.containsKey("chair"));
        assertTrue(board.containsKey("viceChair"));
        assertTrue(board.getJsonArray("rotation").size() >= 4);
        assertEquals(board.getJsonObject("viceChair"), board.getJsonArray("rotation").getJsonObject(0),
                "the vice-chair is the next chair");
    }

    @Test
    void anIneligibleMemberIsRefusedWithTheSeatRuleAndNothingChanges() {
        JsonObject before = board();
        JsonObject fbiSeat = before.getJsonArray("seats").getJsonObject(0);
        Api.Answer refused = secretariat().put("/api/board/seats/" + fbiSeat.getJsonNumber("id"),
                seatJson(memberId("member@steward.example"), null, "2026-12-01", "2029-11-30"));
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.isProblem());
        assertEquals("SEAT_CRITERION", refused.object().getString("rule"));
        assertTrue(refused.object().getString("detail").contains("law enforcement"));
        assertEquals(before.getJsonArray("seats"), board().getJsonArray("seats"));
    }

    @Test
    void anAlternateIsHeldToTheSeatsOwnRulesWhenNamed() {
        JsonObject before = board();
        JsonObject fbiSeat = before.getJsonArray("seats").getJsonObject(0);
        Api.Answer refused = secretariat().put("/api/board/seats/" + fbiSeat.getJsonNumber("id"),
                seatJson(fbiSeat.getJsonNumber("holderId"), memberId("member@steward.example"), fbiSeat.getString("termStart"),
                        fbiSeat.getString("termEnd")));
        assertEquals(422, refused.status(), refused.body());
        assertEquals("SEAT_CRITERION", refused.object().getString("rule"));
        assertTrue(refused.object().getString("detail").startsWith("The alternate: "), refused.body());
        assertEquals(before.getJsonArray("seats"), board().getJsonArray("seats"), "nothing changed");
    }

    @Test
    void termsLongerThanTheBylawsAllowAndASecondSeatAreRefused() {
        JsonObject board = board();
        JsonObject seat = board.getJsonArray("seats").getJsonObject(1);
        Api.Answer tooLong = secretariat().put("/api/board/seats/" + seat.getJsonNumber("id"),
                seatJson(seat.getJsonNumber("holderId"), null, "2027-01-01", "2031-01-01"));
        assertEquals(422, tooLong.status(), tooLong.body());
        assertEquals("TERM_LENGTH", tooLong.object().getString("rule"));

        long sacId = memberId("sac@steward.example");
        JsonObject chiefSeat = board.getJsonArray("seats").getJsonObject(2);
        Api.Answer twice = secretariat().put("/api/board/seats/" + chiefSeat.getJsonNumber("id"),
                seatJson(sacId, null, "2026-12-01", "2028-11-30"));
        assertEquals(422, twice.status(), twice.body());
        assertTrue(List.of("ONE_SEAT", "SEAT_ORGANIZATION_KIND", "SEAT_TITLE").contains(twice.object().getString("rule")),
                "the SAC holds a seat already and is not a police chief either: " + twice.body());
        assertEquals(1, secretariat().get("/api/board").object().getJsonArray("seats").stream()
                .map(v -> v.asJsonObject()).filter(s -> !s.getBoolean("vacant"))
                .filter(s -> s.getJsonNumber("holderId").longValue() == sacId).count(), "the SAC still holds one seat");

        Api.Answer badDates = secretariat().put("/api/board/seats/" + seat.getJsonNumber("id"),
                seatJson(seat.getJsonNumber("holderId"), null, "2027-01-01", "2026-01-01"));
        assertEquals(422, badDates.status());
        assertEquals("TERM_DATES", badDates.object().getString("rule"));
        assertEquals(400, secretariat().put("/api/board/seats/" + seat.getJsonNumber("id"), "{\"holderId\":1}").status());
        assertEquals(404, secretariat().put("/api/board/seats/99999", seatJson(1, null, "2027-01-01", "2028-01-01")).status());
    }

    @Test
    void aTransitionOfTheChairVacatesTheSeatTheAlternateCoversAndTheRotationIsReplanned() {
        JsonObject before = board();
        JsonObject chair = before.getJsonObject("chair");
        JsonObject vice = before.getJsonObject("viceChair");
        long chairId = chair.getJsonNumber("memberId").longValue();
        JsonObject chairSeat = seatHeldBy(before, chairId);
        // an alternate the seat's own rules admit (demo members who hold no seat and no board role)
        String alternateEmail = switch (chairSeat.getString("type")) {
            case "PRIVATE_SECTOR_EXECUTIVE" -> "ciso.mississippi@steward.example";
            case "FOUNDING_SPONSOR_EXECUTIVE" -> "ciso.northstar@steward.example";
            case "SHERIFF" -> "sheriff.ramsey@steward.example";
            case "POLICE_CHIEF" -> "chief.bloomington@steward.example";
            default -> "sac.deputy@steward.example";
        };
        long alternateId = memberId(alternateEmail);
        assertEquals(403, Api.as(base, alternateEmail, Deployments.DEMO_PASSWORD).get("/api/compliance/proposals?status=PENDING")
                .status(), "an alternate of a held seat has no board role");
        Api.Answer withAlternate = secretariat().put("/api/board/seats/" + chairSeat.getJsonNumber("id"), seatJson(chairId,
                alternateId, chairSeat.getString("termStart"), chairSeat.getString("termEnd")));
        assertEquals(200, withAlternate.status(), withAlternate.body());

        Mailbox.Mark beforeTransition = Mailbox.mark(mail);
        Api.Answer left = secretariat().post("/api/members/" + chairId + "/transitions",
                "{\"type\":\"LEFT_ORGANIZATION\",\"effectiveDate\":\"2026-11-20\",\"successorEmail\":\"successor@applicant.test\"}");
        assertEquals(200, left.status(), left.body());
        assertEquals("RESIGNED", left.object().getString("status"));

        JsonObject after = board();
        JsonObject seat = after.getJsonArray("seats").stream().map(v -> v.asJsonObject())
                .filter(s -> s.getJsonNumber("id").equals(chairSeat.getJsonNumber("id"))).findFirst().orElseThrow();
        assertTrue(seat.getBoolean("vacant"));
        assertEquals(alternateId, seat.getJsonNumber("alternateId").longValue(), "the alternate covers the vacant seat");
        assertEquals(alternateId, seat.getJsonNumber("actingId").longValue(), "the alternate acts for the vacant seat");
        assertEquals(200, Api.as(base, alternateEmail, Deployments.DEMO_PASSWORD).get("/api/compliance/proposals?status=PENDING")
                .status(), "the acting alternate holds the BOARD role");
        AuditEntries.recorded(secretariat(), "BoardSeat", seat.getJsonNumber("id").longValue(), "SEAT_ACTING");
        assertTrue(NewMembers.seatedBoard(base).contains(alternateEmail), "the acting alternate holds the seat's vote");
        long organizationId = Admissions.organizationId(base);
        String word = NewMembers.uniqueWord();
        Api.Answer applied = Api.anonymous(base).post("/api/applications", "{\"firstName\":\"" + word + "\",\"lastName\":\"Acting\","
                + "\"email\":\"acting." + word.toLowerCase() + "@applicant.test\",\"title\":\"Chief Security Officer\","
                + "\"organizationId\":" + organizationId + ",\"criterion\":\"SECURITY_PRACTITIONER\"}");
        assertEquals(201, applied.status(), applied.body());
        Api.Answer vote = Api.as(base, alternateEmail, Deployments.DEMO_PASSWORD).post("/api/applications/"
                + applied.object().getJsonNumber("id") + "/votes", "{\"decision\":\"APPROVE\"}");
        assertEquals(200, vote.status(), "the acting alternate's vote counts for the seat: " + vote.body());
        assertEquals(vice.getJsonNumber("memberId"), after.getJsonObject("chair").getJsonNumber("memberId"),
                "the vice-chair takes over: no gap");
        assertTrue(after.getJsonArray("rotation").stream().noneMatch(t -> t.asJsonObject().getJsonNumber("memberId")
                .longValue() == chairId), "the rotation is re-planned without the member who left");
        assertTrue(after.getJsonArray("pastChairs").stream().anyMatch(t -> t.asJsonObject().getJsonNumber("memberId")
                .longValue() == chairId), "the interrupted term stays in the history");

        Mailbox.await(mail, beforeTransition, Deployments.SECRETARIAT, "seat");
        Mailbox.await(mail, beforeTransition, "successor@applicant.test", "");
        String outgoing = secretariat().get("/api/members/" + chairId).object().getString("email");
        Mailbox.await(mail, beforeTransition, outgoing, "");
        assertEquals(401, Api.as(base, outgoing, Deployments.DEMO_PASSWORD).get("/api/members/me").status(),
                "a member who left cannot sign in");
        assertEquals(409, secretariat().post("/api/members/" + chairId + "/transitions",
                "{\"type\":\"RETIRED\",\"effectiveDate\":\"2026-11-21\"}").status());
    }

    @Test
    void onlyTheSecretariatFillsSeatsAndEveryRoleReadsTheBoard() {
        String body = seatJson(1, null, "2027-01-01", "2028-01-01");
        assertEquals(401, Api.anonymous(base).get("/api/board").status());
        assertEquals(200, Api.as(base, "sac@steward.example", Deployments.DEMO_PASSWORD).get("/api/board").status());
        assertEquals(401, Api.anonymous(base).put("/api/board/seats/1", body).status());
        assertEquals(403, Api.as(base, Deployments.MEMBER, Deployments.DEMO_PASSWORD).put("/api/board/seats/1", body).status());
        assertEquals(403, Api.as(base, "sac@steward.example", Deployments.DEMO_PASSWORD).put("/api/board/seats/1", body).status());
        assertEquals(403, Api.as(base, Deployments.MEMBER, Deployments.DEMO_PASSWORD).post("/api/members/1/transitions",
                "{\"type\":\"RETIRED\",\"effectiveDate\":\"2026-11-21\"}").status());
    }

    @Test
    void pagesShowTheBoardToMembersAndRefuseThemSeatManagement() {
        if (browser == null) {
            browser = new Browser(base);
        }
        Browser b = browser.signOut().signIn(Deployments.MEMBER, Deployments.DEMO_PASSWORD);
        b.open("/board.xhtml");
        b.waitFor(By.id("rotation"));
        assertFalse(b.waitFor(By.id("chair")).getText().isBlank());
        b.screenshot("board");
        b.open("/secretariat/seats.xhtml");
        assertEquals("Not for your role", b.waitFor(By.id("errorTitle")).getText());

        b.signOut().signIn(Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
        b.open("/secretariat/seats.xhtml");
        b.waitFor(By.id("seats:messages"));
        b.screenshot("seats-secretariat");
    }
}
