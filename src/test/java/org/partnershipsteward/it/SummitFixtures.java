package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;

/** Summits for tests' own data: scheduled by the secretariat, or published after the board approved the agenda. */
final class SummitFixtures {

    static final String START = "2031-05-14T09:00:00-05:00";
    static final String END = "2031-05-14T12:00:00-05:00";
    static final String VENUE = "Union Depot, Saint Paul";
    static final String DEADLINE = "2031-05-07T17:00:00-05:00";

    private SummitFixtures() {
    }

    private static Api secretariat(URL base) {
        return Api.as(base, Deployments.SECRETARIAT, Deployments.DEMO_PASSWORD);
    }

    /** The JSON of a summit request (the body of POST and PUT /api/summits). */
    static String request(String title, String startsAt, String endsAt, String venue, int capacity, String deadline) {
        return "{\"title\":\"" + title + "\",\"startsAt\":\"" + startsAt + "\",\"endsAt\":\"" + endsAt + "\",\"venue\":\""
                + venue + "\",\"capacity\":" + capacity + ",\"rsvpDeadline\":\"" + deadline + "\"}";
    }

    /** A summit on 14 May 2031 at the Union Depot. */
    static long summit(URL base, String title, int capacity) {
        Api.Answer created = secretariat(base).post("/api/summits", request(title, START, END, VENUE, capacity, DEADLINE));
        assertEquals(201, created.status(), created.body());
        return created.object().getJsonNumber("id").longValue();
    }

    /** A summit in the past (a morning at the Union Depot on {@code date}, e.g. {@code 2022-03-15}) for a period's history. */
    static long heldOn(URL base, String title, String date) {
        Api.Answer held = secretariat(base).post("/api/summits", request(title, date + "T09:00:00-05:00",
                date + "T12:00:00-05:00", VENUE, 80, date + "T08:00:00-05:00"));
        assertEquals(201, held.status(), held.body());
        return held.object().getJsonNumber("id").longValue();
    }

    /** A summit whose agenda (one item) the board's majority approved and the secretariat published: invitations go out. */
    static long published(URL base, String title, int capacity) {
        long id = summit(base, title, capacity);
        submitAgenda(base, id);
        List<String> board = NewMembers.seatedBoard(base);
        for (int i = 0; i < board.size() / 2 + 1; i++) {
            Api.Answer vote = Api.as(base, board.get(i), Deployments.DEMO_PASSWORD)
                    .post("/api/summits/" + id + "/agenda/votes", "{\"decision\":\"APPROVE\"}");
            assertEquals(200, vote.status(), vote.body());
        }
        Api.Answer published = secretariat(base).post("/api/summits/" + id + "/agenda/publication", "");
        assertEquals("PUBLISHED", published.object().getString("agendaStatus"), published.body());
        return id;
    }

    /** Adds one agenda item to the summit and submits the agenda to the board. */
    static void submitAgenda(URL base, long id) {
        Api.Answer item = secretariat(base).post("/api/summits/" + id + "/agenda/items", "{\"title\":\"Crowd control\","
                + "\"topic\":\"Cybersecurity\",\"presenter\":\"Ingrid Solberg\",\"minutes\":30,\"sharing\":\"TLP_AMBER\"}");
        assertEquals(201, item.status(), item.body());
        assertEquals(200, secretariat(base).post("/api/summits/" + id + "/agenda/submission", "").status());
    }
}
