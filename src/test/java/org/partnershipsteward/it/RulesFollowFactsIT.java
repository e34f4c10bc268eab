package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnershipsteward.it.Admissions.Admitted;

/**
 * Issue 15, finding 7: the rules follow the facts. Bylaws take effect on their day for every rule; a seat holder's
 * new position is checked against the seat; a larger summit gives its new seats to the waitlist; an edit that does
 * not move a summit tells nobody it moved; the hand-over shows what waits for the secretariat; a survey counts only
 * for those it was sent to.
 */
@ExtendWith(Server.class)
class RulesFollowFactsIT {

    @Server.Url
    URL base;

    private Api secretariat() {
        return Api.as(base, Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
    }

    private Api as(String email) {
        return Api.as(base, email, Deployments.DEMO_PASSWORD);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void bylawsAdoptedForALaterDayAreNotInForceForAnyoneUntilThatDay() {
        JsonObject inForce = secretariat().get("/api/bylaws").object();
        int version = inForce.getInt("version");
        int weeks = inForce.getJsonObject("cadence").getInt("minWeeksBetween");
        JsonObject later = Json.createObjectBuilder(inForce).add("effectiveFrom", "2099-01-01")
                .add("cadence", Json.createObjectBuilder(inForce.getJsonObject("cadence")).add("minWeeksBetween", weeks + 2))
                .add("summary", "Summits further apart from 2099 (RulesFollowFactsIT)").build();
        Api.Answer adopted = secretariat().post("/api/bylaws", later.toString());
        assertEquals(201, adopted.status(), adopted.body());
        int pending = adopted.object().getInt("version");
        try {
            assertTrue(pending > version, "a new version number: " + pending);
            JsonObject now = as(Deployments.MEMBER).get("/api/bylaws").object();
            assertEquals(version, now.getInt("version"), "the version in force today, for members as for every rule");
            assertEquals(weeks, now.getJsonObject("cadence").getInt("minWeeksBetween"), "today's rules, not 2099's");
            assertEquals(version, secretariat().get("/api/bylaws").object().getInt("version"));
            JsonObject newest = secretariat().get("/api/bylaws/versions").array().getJsonObject(0);
            assertEquals(pending, newest.getInt("version"), "the history lists the pending version");
            assertEquals("2099-01-01", newest.getString("effectiveFrom"));

            // a member acknowledges the version in force, or reads the pending one ahead of its day; nothing else
            assertEquals(200, as(Deployments.MEMBER).post("/api/members/me/acknowledgements", "{\"bylawsVersion\":" + version + "}").status());
            assertEquals(200, as(Deployments.MEMBER).post("/api/members/me/acknowledgements", "{\"bylawsVersion\":" + pending + "}").status());
            Api.Answer unknown = as(Deployments.MEMBER).post("/api/members/me/acknowledgements", "{\"bylawsVersion\":" + (pending + 50) + "}");
            assertEquals(409, unknown.status(), unknown.body());
            assertTrue(unknown.body().contains("acknowledge version " + version), unknown.body());
            assertTrue(as(Deployments.MEMBER).get("/api/members/me").object().getBoolean("bylawsAcknowledged"),
                    "the member acknowledged the version in force");
        } finally {
            // the partnership changes its mind: the rules in force today, adopted again, supersede the pending version
            Api.Answer again = secretariat().post("/api/bylaws", inForce.toString());
            assertEquals(201, again.status(), again.body());
            assertEquals(again.object().getInt("version"), secretariat().get("/api/bylaws").object().getInt("version"));
        }
    }

    @Test
    void aSeatHoldersNewTitleThatTheSeatDoesNotAcceptIsPutToTheSecretariatAndTheBoardAndTheSeatStaysFilled() {
        JsonObject seat = secretariat().get("/api/board").object().getJsonArray("seats").stream().map(v -> v.asJsonObject())
                .filter(s -> !s.getBoolean("vacant")).findFirst().orElseThrow();
        long seatId = seat.getJsonNumber("id").longValue();
        JsonObject holder = secretariat().get("/api/members/" + seat.getJsonNumber("holderId")).object();
        String email = holder.getString("email");
        String name = holder.getString("firstName") + " " + holder.getString("lastName");
        String otherBoardMember = NewMembers.seatedBoard(base).stream().filter(e -> !e.equals(email)).findFirst().orElseThrow();
        int before = notices("SEAT_HOLDER_INELIGIBLE", Deployments.SECRETARIAT, name).size();
        try {
            Api.Answer changed = as(email).put("/api/members/me", profile(holder, "Senior Advisor"));
            assertEquals(200, changed.status(), changed.body());

            List<JsonObject> toSecretariat = notices("SEAT_HOLDER_INELIGIBLE", Deployments.SECRETARIAT, name);
            assertEquals(before + 1, toSecretariat.size(), "the secretariat is told once: " + toSecretariat);
            assertFalse(notices("SEAT_HOLDER_INELIGIBLE", otherBoardMember, name).isEmpty(), "the board is told too");
            assertTrue(secretariat().get("/api/audit?subjectType=BoardSeat&subjectId=" + seatId).array().stream()
                    .map(v -> v.asJsonObject()).anyMatch(e -> e.getString("action").equals("SEAT_HOLDER_INELIGIBLE")
                            && e.getString("detail").contains("Senior Advisor")), "the failure is in the audit trail");
            JsonObject still = secretariat().get("/api/board").object().getJsonArray("seats").stream().map(v -> v.asJsonObject())
                    .filter(s -> s.getJsonNumber("id").longValue() == seatId).findFirst().orElseThrow();
            assertEquals(holder.getJsonNumber("id").longValue(), still.getJsonNumber("holderId").longValue(),
                    "the board decides what follows; the seat is not vacated by itself");
        } finally {
            Api.Answer restored = as(email).put("/api/members/me", profile(holder, holder.getString("title")));
            assertEquals(200, restored.status(), restored.body());
        }
        assertEquals(before + 1, notices("SEAT_HOLDER_INELIGIBLE", Deployments.SECRETARIAT, name).size(),
                "a title the seat accepts again puts nothing to anyone");
    }

    private static String profile(JsonObject member, String title) {
        return Json.createObjectBuilder().add("title", title).add("organizationId", member.getJsonNumber("organizationId"))
                .add("phone", member.getString("phone", "")).build().toString();
    }

    /** The notices of a kind to a recipient whose subject names {@code about}. */
    private List<JsonObject> notices(String kind, String recipient, String about) {
        return secretariat().get("/api/notices?kind=" + kind + "&recipient=" + recipient).array().stream()
                .map(v -> v.asJsonObject()).filter(n -> n.getString("subject").contains(about)).toList();
    }

    @Test
    void raisingASummitsCapacityPromotesTheWaitlistInOrderAndOnlyANewTimeOrPlaceMailsThatItMoved() {
        String title = "Capacity " + unique();
        long id = SummitFixtures.published(base, title, 2);
        List<Long> members = secretariat().get("/api/members?status=ACTIVE").array().stream().map(v -> v.asJsonObject())
                .map(m -> m.getJsonNumber("id").longValue()).limit(5).toList();
        for (long member : members) {
            Api.Answer yes = secretariat().put("/api/summits/" + id + "/rsvps/" + member, "{\"response\":\"YES\"}");
            assertEquals(200, yes.status(), yes.body());
        }
        Map<Long, Long> line = waiting(id);
        assertEquals(3, line.size(), "2 seats taken, 3 waiting: " + line);
        List<Long> firstTwo = line.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(2).map(Map.Entry::getKey).toList();

        // the secretariat raises the capacity to 4 and retypes the venue with other blanks: nothing moved
        Api.Answer raised = secretariat().put("/api/summits/" + id, SummitFixtures.request(title, SummitFixtures.START,
                SummitFixtures.END, "  Union Depot,  Saint Paul ", 4, SummitFixtures.DEADLINE));
        assertEquals(200, raised.status(), raised.body());
        Map<Long, Long> after = waiting(id);
        assertEquals(1, after.size(), "two of three promoted: " + after);
        assertTrue(firstTwo.stream().noneMatch(after::containsKey), "the first two in line got the seats: " + firstTwo + " " + after);
        for (long promoted : firstTwo) {
            String email = secretariat().get("/api/members/" + promoted).object().getString("email");
            assertEquals(1, notices("WAITLIST_PROMOTED", email, title).size(), "the promotion notice to " + email);
        }
        assertEquals(4L, secretariat().get("/api/summits/" + id + "/rsvps").array().stream()
                .filter(r -> r.asJsonObject().getString("status").equals("CONFIRMED")).count());

        // a new title changes the calendar entry but moves nothing
        String renamed = title + " (renamed)";
        assertEquals(200, secretariat().put("/api/summits/" + id, SummitFixtures.request(renamed, SummitFixtures.START,
                SummitFixtures.END, SummitFixtures.VENUE, 4, SummitFixtures.DEADLINE)).status());
        assertTrue(notices("SUMMIT_MOVED", Deployments.MEMBER, title).isEmpty(), "no 'rescheduled' mail for an edit that moves nothing");

        // an hour later is a move: everyone invited hears of it
        assertEquals(200, secretariat().put("/api/summits/" + id, SummitFixtures.request(renamed, "2031-05-14T10:00:00-05:00",
                "2031-05-14T13:00:00-05:00", SummitFixtures.VENUE, 4, SummitFixtures.DEADLINE)).status());
        assertEquals(1, notices("SUMMIT_MOVED", Deployments.MEMBER, renamed).size(), "a real move is mailed once");
    }

    /** The waiting members of a summit: member id → number in line. */
    private Map<Long, Long> waiting(long summitId) {
        return secretariat().get("/api/summits/" + summitId + "/rsvps").array().stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("status").equals("WAITLISTED")).collect(Collectors.toMap(
                        r -> r.getJsonNumber("memberId").longValue(), r -> r.getJsonNumber("waitlistPosition").longValue()));
    }

    @Test
    void theHandOverShowsAnApplicationWaitingForTheSecretariatsReviewAsSuchNotAsWithTheBoard() {
        String last = "Review" + unique();
        Api.Answer applied = Api.anonymous(base).post("/api/applications", "{\"firstName\":\"Harper\",\"lastName\":\"" + last
                + "\",\"email\":\"" + last.toLowerCase() + "@applicant.test\",\"title\":\"Head of Protective Intelligence\","
                + "\"organizationId\":" + Admissions.organizationId(base) + ",\"criterion\":\"SECURITY_PRACTITIONER\"}");
        assertEquals(201, applied.status(), applied.body());
        long id = applied.object().getJsonNumber("id").longValue();
        JsonObject application = secretariat().get("/api/applications/" + id).object();
        assertEquals("UNDER_REVIEW", application.getString("status"), application.toString());
        assertTrue(application.toString().contains("NEEDS_REVIEW"), "the executive level needs a person's review: " + application);

        String waiting = handoverItem("Harper " + last).getString("detail");
        assertTrue(waiting.contains("waits for the secretariat"), waiting);
        assertTrue(waiting.contains("EXECUTIVE_LEVEL"), "names the finding to settle: " + waiting);

        Api.Answer reviewed = secretariat().post("/api/applications/" + id + "/review",
                "{\"executiveLevelConfirmed\":true,\"note\":\"Heads the company's security function\"}");
        assertEquals(200, reviewed.status(), reviewed.body());
        String withBoard = handoverItem("Harper " + last).getString("detail");
        assertTrue(withBoard.startsWith("with the board"), withBoard);
    }

    private JsonObject handoverItem(String titleStart) {
        JsonObject section = secretariat().get("/api/handover").array().stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("key").equals("applications")).findFirst().orElseThrow();
        return section.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(i -> i.getString("title").startsWith(titleStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no hand-over item " + titleStart + " in " + section));
    }

    @Test
    void aSummitsSurveyIsIssuedOnlyToItsAttendeesAndCountsOnlyForThem() throws Exception {
        List<Admitted> pair = Admissions.admit(base, 2, "survey");
        Admitted attended = pair.get(0);
        Admitted absent = pair.get(1);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        Api.Answer held = secretariat().post("/api/summits", SummitFixtures.request("Held today " + unique(),
                now.minusHours(3).toString(), now.minusHours(1).toString(), SummitFixtures.VENUE, 20, now.minusHours(4).toString()));
        assertEquals(201, held.status(), held.body());
        long summitId = held.object().getJsonNumber("id").longValue();
        try {
            Api.Answer checkedIn = secretariat().post("/api/summits/" + summitId + "/attendance", "{\"memberId\":" + attended.id() + "}");
            assertTrue(checkedIn.status() / 100 == 2, checkedIn.status() + " " + checkedIn.body());
            String period = period(LocalDate.now(ZoneId.of("America/Chicago")));
            Map<Long, Integer> issuedBefore = issued(period, attended.id(), absent.id());

            Api.Answer survey = secretariat().post("/api/surveys", "{\"title\":\"After the day " + unique() + "\","
                    + "\"questions\":[{\"kind\":\"SCALE\",\"prompt\":\"How useful was it?\"}],\"opensAt\":\"" + now.minusMinutes(5)
                    + "\",\"closesAt\":\"" + now.plusHours(1) + "\",\"summitId\":" + summitId + "}");
            assertEquals(201, survey.status(), survey.body());
            long surveyId = survey.object().getJsonNumber("id").longValue();

            Map<Long, Integer> issuedAfter = issued(period, attended.id(), absent.id());
            assertEquals(issuedBefore.get(attended.id()) + 1, issuedAfter.get(attended.id()), "issued to the attendee");
            assertEquals(issuedBefore.get(absent.id()), issuedAfter.get(absent.id()), "not sent to who was absent, so not owed");
            assertEquals(1, secretariat().get("/api/surveys/" + surveyId + "/results").object().getInt("invited"),
                    "the survey went to its one attendee");
        } finally {
            assertEquals(200, secretariat().post("/api/summits/" + summitId + "/cancellation",
                    "{\"reason\":\"Test data of RulesFollowFactsIT\"}").status());
        }
    }

    /** The half-year containing the day, as the compliance API names it (the bylaws' periods are half-years). */
    private static String period(LocalDate day) {
        return day.getYear() + (day.getMonthValue() <= 6 ? "-H1" : "-H2");
    }

    /** surveysIssued of the members in the period's compliance report. */
    private Map<Long, Integer> issued(String period, long... memberIds) {
        Map<Long, Integer> byMember = new HashMap<>();
        List<Long> wanted = new ArrayList<>();
        for (long id : memberIds) {
            wanted.add(id);
        }
        Api.Answer report = secretariat().get("/api/compliance?period=" + period);
        assertEquals(200, report.status(), report.body());
        report.array().stream().map(v -> v.asJsonObject()).filter(e -> wanted.contains(e.getJsonNumber("memberId").longValue()))
                .forEach(e -> byMember.put(e.getJsonNumber("memberId").longValue(), e.getInt("surveysIssued")));
        assertEquals(wanted.size(), byMember.size(), "both members are in the report: " + byMember);
        return byMember;
    }
}
