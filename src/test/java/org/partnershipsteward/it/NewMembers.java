package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Members of a test's own, one at a time (Admissions admits many at once for the concurrency tests), admitted the way the bylaws say (apply, the seated board's majority approves, the
 * welcome link sets a password), with names no other data on the shared server carries.
 */
final class NewMembers {

    /** An admitted member who has chosen a password. */
    record Admitted(long id, String email, String firstName, String lastName, String password) {

        String name() {
            return firstName + " " + lastName;
        }
    }

    private NewMembers() {
    }

    static Api secretariat(URL base) {
        return Api.as(base, Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
    }

    /**
     * The emails of those who hold a seat's vote: each seat's holder, or its acting alternate while it is vacant or its
     * holder on leave (a holder on leave without one votes for nobody).
     */
    static List<String> seatedBoard(URL base) {
        return secretariat(base).get("/api/board").object().getJsonArray("seats").stream().map(v -> v.asJsonObject())
                .filter(s -> s.containsKey("actingId") || !s.getBoolean("vacant") && !s.containsKey("absence"))
                .map(s -> s.containsKey("actingId") ? s.getJsonNumber("actingId") : s.getJsonNumber("holderId")).distinct()
                .map(id -> secretariat(base).get("/api/members/" + id).object().getString("email")).toList();
    }

    /**
     * Seated board members approve one after another until the item is decided; the last vote's answer.
     * {@code decided} tells from a vote's answer whether the majority was reached.
     */
    static JsonObject boardApproves(URL base, String votesPath, Predicate<JsonObject> decided) {
        JsonObject last = null;
        for (String voter : seatedBoard(base)) {
            Api.Answer vote = Api.as(base, voter, Deployments.DEMO_PASSWORD).post(votesPath, "{\"decision\":\"APPROVE\"}");
            assertEquals(200, vote.status(), vote.body());
            last = vote.object();
            if (decided.test(last)) {
                return last;
            }
        }
        throw new AssertionError("the seated board's approvals did not decide " + votesPath + ": " + last);
    }

    /** Letters only, so a scan for the name finds nothing else: e.g. "Qxvbkmt". */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("Q");
        for (char c : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16) % 26));
            if (word.length() == 10) {
                break;
            }
        }
        return word.toString();
    }

    static Admitted admit(URL base, GreenMailExtension mail, String label) {
        String first = uniqueWord();
        String last = uniqueWord();
        String email = label + "." + first.toLowerCase() + "@applicant.test";
        long organizationId = secretariat(base).get("/api/organizations").array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("name").equals("Riverfront Hospitality Group")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Api.Answer applied = Api.anonymous(base).post("/api/applications", "{\"firstName\":\"" + first + "\",\"lastName\":\""
                + last + "\",\"email\":\"" + email + "\",\"title\":\"Chief Security Officer\",\"organizationId\":"
                + organizationId + ",\"criterion\":\"SECURITY_PRACTITIONER\"}");
        assertEquals(201, applied.status(), applied.body());
        long applicationId = applied.object().getJsonNumber("id").longValue();
        JsonObject decided = boardApproves(base, "/api/applications/" + applicationId + "/votes",
                vote -> !vote.getString("status").equals("UNDER_REVIEW"));
        assertEquals("APPROVED", decided.getString("status"), decided.toString());
        long memberId = decided.getJsonNumber("memberId").longValue();

        String password = choosePassword(base, mail, email, "Welcome");
        Api.Answer me = Api.as(base, email, password).get("/api/members/me");
        assertEquals(200, me.status(), "the new member signs in with the password set through the welcome link: " + me.body());
        return new Admitted(memberId, email, first, last, password);
    }

    /**
     * Chooses a password through the set-password link of the mail to {@code email} whose subject contains
     * {@code subjectPart} (a new member's welcome, an assistant's), on the page as a person would; returns it.
     */
    static String choosePassword(URL base, GreenMailExtension mail, String email, String subjectPart) {
        String link = Mailbox.link(Mailbox.await(mail, email, subjectPart), "http://steward.test/set-password.xhtml?token=");
        String token = link.substring(link.indexOf("token=") + "token=".length());
        String password = "pass-" + UUID.randomUUID();
        PageClient page = new PageClient(base);
        HttpResponse<String> form = page.get("/set-password.xhtml?token=" + token);
        assertEquals(200, form.statusCode());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("password", "password");
        fields.put("password:token", token);
        fields.put("password:new", password);
        fields.put("password:repeat", password);
        fields.put("password:save", "");
        fields.put("jakarta.faces.ViewState", PageClient.viewState(form.body()));
        HttpResponse<String> saved = page.post("/set-password.xhtml", fields, null);
        assertTrue(saved.statusCode() < 400, "the set-password page answers " + saved.statusCode());
        return password;
    }
}
