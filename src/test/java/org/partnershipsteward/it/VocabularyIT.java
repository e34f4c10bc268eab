package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finding 6: values that a bylaws rule compares come from the bylaws' own vocabulary, and a body that
 * cannot be read names the field and the format it needs.
 */
@ExtendWith(Server.class)
class VocabularyIT {

    @Server.Url
    URL base;

    private Api secretariat() {
        return Api.as(base, Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
    }

    private static String organization(String name, String region) {
        return "{\"name\":\"" + name + "\",\"sector\":\"PUBLIC\",\"kind\":\"MUNICIPAL_POLICE\",\"region\":\"" + region
                + "\",\"fortune500\":false,\"foundingSponsor\":false}";
    }

    private int organizationCount() {
        return secretariat().get("/api/organizations").array().size();
    }

    @Test
    void aRegionTheBylawsDoNotNameIsA422ThatListsTheAllowedRegionsAndNothingIsStored() {
        int before = organizationCount();
        Api.Answer refused = secretariat().post("/api/organizations",
                organization("Vocabulary Police " + UUID.randomUUID(), "Twin Cities"));
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.isProblem(), refused.contentType());
        JsonObject error = refused.object().getJsonArray("errors").getJsonObject(0);
        assertEquals("region", error.getString("field"));
        assertTrue(error.getString("message").contains("Twin Cities metro"), error.toString());
        assertEquals(before, organizationCount());
    }

    @Test
    void aRegionThatDiffersOnlyInCaseAndSpacingIsStoredInTheBylawsSpelling() {
        Api.Answer created = secretariat().post("/api/organizations",
                organization("Vocabulary Sheriff " + UUID.randomUUID(), "  twin  cities METRO"));
        assertEquals(201, created.status(), created.body());
        assertEquals("Twin Cities metro", created.object().getString("region"));
    }

    @Test
    void editingAnOrganizationIntoAnUnknownRegionIsRefused() {
        String name = "Vocabulary Edit " + UUID.randomUUID();
        Api.Answer created = secretariat().post("/api/organizations", organization(name, "Twin Cities metro"));
        assertEquals(201, created.status(), created.body());
        long id = created.object().getJsonNumber("id").longValue();
        Api.Answer refused = secretariat().put("/api/organizations/" + id, organization(name, "Minneapolis"));
        assertEquals(422, refused.status(), refused.body());
        assertEquals("Twin Cities metro", secretariat().get("/api/organizations/" + id).object().getString("region"));
    }

    @Test
    void theOrganizationFormOffersTheBylawsRegionsAsAChoiceNotFreeText() {
        PageClient page = new PageClient(base).signIn(Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
        String html = page.get("/organizations/edit.xhtml").body();
        assertTrue(html.contains("name=\"org:region_input\""), "a select menu for the region");
        assertTrue(html.contains("value=\"Twin Cities metro\""), "the bylaws' region is a choice");
        assertFalse(html.contains("id=\"org:regionText\""), "no free-text region field");
    }

    @Test
    void anAgendaTopicOutsideTheBylawsIsA422ThatListsTheTopics() {
        String start = "2031-0" + (1 + (int) (Math.random() * 8)) + "-1" + (int) (Math.random() * 9);
        Api.Answer summit = secretariat().post("/api/summits", "{\"title\":\"Vocabulary " + UUID.randomUUID()
                + "\",\"startsAt\":\"" + start + "T09:00:00-05:00\",\"endsAt\":\"" + start + "T12:00:00-05:00\","
                + "\"venue\":\"Union Depot\",\"capacity\":50,\"rsvpDeadline\":\"" + start + "T08:00:00-05:00\"}");
        assertEquals(201, summit.status(), summit.body());
        long id = summit.object().getJsonNumber("id").longValue();
        Api.Answer refused = secretariat().post("/api/summits/" + id + "/agenda/items",
                "{\"title\":\"Cyber\",\"topic\":\"Cyber security\",\"presenter\":\"A. Presenter\",\"minutes\":30}");
        assertEquals(422, refused.status(), refused.body());
        JsonObject error = refused.object().getJsonArray("errors").getJsonObject(0);
        assertEquals("topic", error.getString("field"));
        assertTrue(error.getString("message").contains("Cybersecurity"), error.toString());
    }

    @Test
    void aDateSentForATimestampIsA400ThatNamesTheFieldAndTheFormat() {
        Api.Answer refused = secretariat().post("/api/summits", "{\"title\":\"Vocabulary date\","
                + "\"startsAt\":\"2030-05-14\",\"endsAt\":\"2030-05-14T12:00:00-05:00\",\"venue\":\"X\","
                + "\"capacity\":5,\"rsvpDeadline\":\"2030-05-13T09:00:00-05:00\"}");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.isProblem(), refused.contentType());
        JsonObject error = refused.object().getJsonArray("errors").getJsonObject(0);
        assertEquals("startsAt", error.getString("field"));
        assertTrue(error.getString("message").contains("ISO 8601"), error.toString());
        assertTrue(refused.object().getString("detail").contains("startsAt"), refused.body());
    }
}
