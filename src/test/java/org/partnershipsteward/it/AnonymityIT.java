package org.partnershipsteward.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Anonymous surveys are anonymous (issue 15, finding 3): after two members of this class's own answer an anonymous
 * survey, one through the API and one through the portal, nothing stored or audited joins an answer to either of
 * them: not a member id, email or name beside the answer, not an exact time shared by the answer and the record that
 * the member took part, not an order (an AUTO_INCREMENT key) that follows the order in which they answered.
 * <p>
 * On every database the test reads what the secretariat can see: the survey's audit trail, the stored responses and
 * the results. On MariaDB/MySQL ({@code it.db.url} starting with {@code jdbc:mysql}) it also connects to the server's
 * database and reads every column of every row of every table. On H2 the database lives in the server's memory and
 * cannot be opened from here, so that scan is skipped there (run the class with {@code -Pmysql} to include it).
 */
@ExtendWith(Server.class)
class AnonymityIT {

    @RegisterExtension
    static GreenMailExtension mail = Mailbox.server();

    @Server.Url
    URL base;

    @Test
    void noStoredOrAuditedRecordJoinsAnAnonymousAnswerToTheMemberWhoGaveIt() throws Exception {
        NewMembers.Admitted byApi = NewMembers.admit(base, mail, "anon-api");
        NewMembers.Admitted byPortal = NewMembers.admit(base, mail, "anon-portal");
        Api secretariat = NewMembers.secretariat(base);

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        String title = "Anonymous pulse " + UUID.randomUUID().toString().substring(0, 6);
        Api.Answer created = secretariat.post("/api/surveys", "{\"title\":\"" + title + "\",\"anonymous\":true,\"opensAt\":\""
                + now.minusMinutes(37) + "\",\"closesAt\":\"" + now.plusDays(7) + "\",\"questions\":[{\"kind\":\"FREE_TEXT\","
                + "\"prompt\":\"What should the board hear, unattributed?\"}]}");
        assertEquals(201, created.status(), created.body());
        long surveyId = created.object().getJsonNumber("id").longValue();
        // the invitations are sent (and their notice rows settled) before anyone answers
        Mailbox.await(mail, byApi.email(), "Short survey: " + title);
        Mailbox.await(mail, byPortal.email(), "Short survey: " + title);

        String apiMarker = "apianswer" + NewMembers.uniqueWord().toLowerCase(Locale.ROOT);
        String portalMarker = "portalanswer" + NewMembers.uniqueWord().toLowerCase(Locale.ROOT);
        Snapshot before = ItDatabase.onMysql() ? Snapshot.take() : null;
        try (Browser browser = new Browser(base)) {
            browser.signIn(byPortal.email(), byPortal.password());
            browser.open("/dashboard.xhtml");
            Thread.sleep(2_000);
            Instant from = Instant.now().minusMillis(500);

            Api.Answer answered = Api.as(base, byApi.email(), byApi.password()).post("/api/surveys/" + surveyId + "/responses",
                    "{\"answers\":[\"" + apiMarker + "\"]}");
            assertEquals(201, answered.status(), answered.body());

            browser.click(By.xpath("//form[@id='mySurveys']//p[contains(., '" + title + "')]//button"));
            browser.waitFor(By.id("answers"));
            browser.type("q0", portalMarker);
            browser.click("send");
            browser.waitForText(By.id("answered"), "Thank you");
            Instant to = Instant.now().plusMillis(500);

            checkWhatTheSecretariatSees(secretariat, surveyId, List.of(byApi, byPortal), List.of(apiMarker, portalMarker), from, to);
            if (ItDatabase.onMysql()) {
                scanTheWholeDatabase(before, List.of(byApi, byPortal), List.of(apiMarker, portalMarker), from, to);
            } else {
                System.out.println("AnonymityIT: the database (" + System.getProperty("it.db.url", "H2") + ") is inside the server "
                        + "process; the scan of every table by JDBC runs only on MariaDB/MySQL (-Pmysql)");
            }
        }
    }

    private static boolean within(Instant t, Instant from, Instant to) {
        return t != null && !t.isBefore(from) && !t.isAfter(to);
    }

    private static boolean names(String text, NewMembers.Admitted m) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return lower.contains(m.email().toLowerCase(Locale.ROOT)) || lower.contains(m.firstName().toLowerCase(Locale.ROOT))
                || lower.contains(m.lastName().toLowerCase(Locale.ROOT));
    }

    /** Through the API: the survey's audit trail, its stored responses and its results. */
    private void checkWhatTheSecretariatSees(Api secretariat, long surveyId, List<NewMembers.Admitted> members,
            List<String> markers, Instant from, Instant to) {
        List<JsonObject> history = secretariat.get("/api/surveys/" + surveyId + "/history").array().stream()
                .map(v -> v.asJsonObject()).toList();
        List<JsonObject> answers = history.stream().filter(e -> e.getString("action").equals("SURVEY_ANSWERED")).toList();
        assertEquals(2, answers.size(), "each answer is in the survey's audit trail: " + history);
        for (JsonObject entry : history) {
            for (NewMembers.Admitted m : members) {
                assertTrue(!names(entry.getString("actor"), m) && !names(entry.isNull("detail") ? "" : entry.getString("detail"), m),
                        "the survey's audit trail names no member who answered: " + entry);
            }
        }
        for (JsonObject entry : answers) {
            Instant at = OffsetDateTime.parse(entry.getString("occurredAt")).toInstant();
            assertTrue(!within(at, from, to), "an anonymous answer's audit entry does not carry the time it was given: " + entry);
        }

        var stored = secretariat.get("/api/surveys/" + surveyId + "/responses").array();
        assertEquals(2, stored.size(), stored.toString());
        for (var value : stored) {
            JsonObject response = value.asJsonObject();
            assertTrue(!response.containsKey("memberId") || response.isNull("memberId"), "no member on an anonymous answer: " + response);
            if (response.containsKey("submittedAt") && !response.isNull("submittedAt")) {
                Instant at = Instant.parse(response.getString("submittedAt").replaceAll("\\[.*", ""));
                assertTrue(!within(at, from, to), "an anonymous answer does not carry the time it was given: " + response);
            }
        }
        JsonObject results = secretariat.get("/api/surveys/" + surveyId + "/results").object();
        assertEquals(2, results.getInt("participants"));
        String texts = results.getJsonArray("questions").getJsonObject(0).getJsonArray("texts").toString();
        markers.forEach(marker -> assertTrue(texts.contains(marker), "both answers count: " + texts));
    }

    /** Every column of every row of every table, by JDBC (MariaDB/MySQL only). */
    private void scanTheWholeDatabase(Snapshot before, List<NewMembers.Admitted> members, List<String> markers,
            Instant from, Instant to) throws SQLException {
        Snapshot after = Snapshot.take();
        Map<NewMembers.Admitted, Set<Long>> ids = new LinkedHashMap<>();
        try (Connection c = ItDatabase.connect(); Statement s = c.createStatement()) {
            for (NewMembers.Admitted m : members) {
                try (ResultSet rs = s.executeQuery("SELECT id FROM account WHERE email = '" + m.email() + "'")) {
                    assertTrue(rs.next(), "the member's account");
                    ids.put(m, Set.of(m.id(), rs.getLong(1)));
                }
            }
        }

        List<String> answerTables = new ArrayList<>();
        int answerRows = 0;
        for (var table : after.rows.entrySet()) {
            for (Map<String, Object> row : table.getValue()) {
                boolean carriesAnswer = row.values().stream().anyMatch(v -> v instanceof String text
                        && markers.stream().anyMatch(text::contains));
                boolean namesMember = members.stream().anyMatch(m -> row.entrySet().stream().anyMatch(e -> refersTo(row, e, m, ids.get(m))));
                String where = table.getKey() + " " + row;
                if (carriesAnswer) {
                    answerRows++;
                    if (!answerTables.contains(table.getKey())) {
                        answerTables.add(table.getKey());
                    }
                    for (NewMembers.Admitted m : members) {
                        assertTrue(row.entrySet().stream().noneMatch(e -> !e.getKey().equals("survey_id") && (refersTo(row, e, m, ids.get(m))
                                || e.getValue() instanceof Number n && ids.get(m).contains(n.longValue()))),
                                "a stored answer names no member: " + where);
                    }
                }
                boolean newAudit = isNewAuditEntry(table.getKey(), row, before);
                if (newAudit) {
                    assertTrue(!namesMember, "nothing audited while the members answered names them: " + where);
                }
                if (carriesAnswer || namesMember || newAudit && "SURVEY_ANSWERED".equals(row.get("action"))) {
                    // the time of the answer, stored beside the answer and beside the member, would join the two
                    for (var e : row.entrySet()) {
                        assertTrue(!(e.getValue() instanceof Instant t && within(t, from, to)),
                                "the exact time of an anonymous answer is stored in " + e.getKey() + ": " + where);
                    }
                }
            }
        }
        assertEquals(2, answerRows, "both answers are stored once each");
        try (Connection c = ItDatabase.connect(); Statement s = c.createStatement()) {
            for (String table : answerTables) {
                try (ResultSet rs = s.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() "
                        + "AND table_name = '" + table + "' AND extra LIKE '%auto_increment%'")) {
                    assertTrue(!rs.next(), "the answers' table " + table + " has no key numbered in the order the answers came: "
                            + "joined with who took part, that order says who answered what");
                }
            }
        }
    }

    /** Whether a column names the member: their email or name in text, or their member/account id in an id column. */
    private static boolean refersTo(Map<String, Object> row, Map.Entry<String, Object> column, NewMembers.Admitted m, Set<Long> ids) {
        if (column.getValue() instanceof String text) {
            return names(text, m);
        }
        String name = column.getKey();
        boolean personColumn = name.endsWith("member_id") || name.endsWith("account_id") || name.equals("holder_id")
                || name.equals("subject_id") && ("Member".equals(row.get("subject_type")) || "Account".equals(row.get("subject_type")));
        return personColumn && column.getValue() instanceof Number n && ids.contains(n.longValue());
    }

    private static boolean isNewAuditEntry(String table, Map<String, Object> row, Snapshot before) {
        return table.equals("audit_entry") && ((Number) row.get("id")).longValue() > before.maxAuditId;
    }

    /** Every table's rows, each column by name (times as instants, the server stores UTC). */
    private record Snapshot(Map<String, List<Map<String, Object>>> rows, long maxAuditId) {

        static Snapshot take() throws SQLException {
            Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
            long maxAudit = 0;
            try (Connection c = ItDatabase.connect(); Statement s = c.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                        + "AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                assertTrue(tables.contains("survey_response") && tables.contains("audit_entry"), tables.toString());
                for (String table : tables) {
                    List<Map<String, Object>> list = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery("SELECT * FROM `" + table + "`")) {
                        ResultSetMetaData meta = rs.getMetaData();
                        while (rs.next()) {
                            Map<String, Object> row = new LinkedHashMap<>();
                            for (int i = 1; i <= meta.getColumnCount(); i++) {
                                Object value = rs.getObject(i);
                                if (value instanceof Timestamp t) {
                                    value = t.toLocalDateTime().toInstant(ZoneOffset.UTC);
                                } else if (value instanceof LocalDateTime l) {
                                    value = l.toInstant(ZoneOffset.UTC);
                                } else if (value instanceof byte[] bytes) {
                                    value = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                                } else if (value instanceof java.sql.Clob clob) {
                                    value = clob.getSubString(1, (int) clob.length());
                                }
                                row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value);
                            }
                            list.add(row);
                        }
                    }
                    rows.put(table, list);
                }
                try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM audit_entry")) {
                    rs.next();
                    maxAudit = rs.getLong(1);
                }
            }
            return new Snapshot(rows, maxAudit);
        }
    }
}
