package org.partnershipsteward.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A large partnership written with batched JDBC inserts into the schema the app's Flyway migrations
 * created (the app must have started once on the database): organisations, members with logins,
 * bylaws acknowledgements, a seated board with ten years of chair terms, ten years of summits (two or
 * three a year) with agendas, RSVPs, attendance and the invitation notices that went out, and one
 * summit ahead that members can still answer, and after every past summit a short survey (open three
 * weeks) that most members answered. Every member's password is the one whose hash is given
 * (copied from the bootstrap account, so the app's own PBKDF2 hashing made it). Seeded: the same
 * partnership every run.
 */
final class PartnershipData {

    static final String DOMAIN = "bench.test";
    static final int BOARD_USERS = 20;

    private final int members;
    private final int organizations;
    private final int years;
    private final Random random = new Random(2026);
    /** Survey response keys (random since V10) from their own sequence, so the rest of the data stays as before. */
    private final Random responseKeys = new Random(21);
    private final Timestamp now = Timestamp.from(java.time.Instant.now());
    private final Map<String, Integer> rows = new LinkedHashMap<>();
    private long futureSummitId;
    private final Map<Long, ZonedDateTime> pastSummits = new LinkedHashMap<>();

    PartnershipData(int members, int organizations, int years) {
        this.members = members;
        this.organizations = organizations;
        this.years = years;
    }

    static String memberEmail(int i) {
        return "member" + i + "@" + DOMAIN;
    }

    /** Members 0..19 hold the BOARD role too (the directory and the board page are theirs to read). */
    static String boardEmail(int i) {
        return memberEmail(i);
    }

    long futureSummitId() {
        return futureSummitId;
    }

    /** Reads the summit ahead of a partnership written before (to run the benchmark again on it, bench.reuse). */
    void find(String url) throws SQLException {
        try (Connection c = BenchSupport.connect(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(id) FROM summit")) {
            rs.next();
            futureSummitId = rs.getLong(1);
        }
    }

    Map<String, Integer> rows() {
        return rows;
    }

    void write(Connection c, String passwordHash) throws SQLException {
        c.setAutoCommit(false);
        long orgBase = nextId(c, "organization");
        long accountBase = nextId(c, "account");
        long memberBase = nextId(c, "member");
        organizations(c);
        accounts(c, passwordHash);
        members(c, orgBase, accountBase);
        contacts(c, orgBase, memberBase);
        acknowledgements(c, memberBase);
        board(c, memberBase);
        summits(c, memberBase);
        surveys(c, memberBase);
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            for (String table : List.of("member", "rsvp", "attendance", "notice", "summit", "chair_term", "survey",
                    "survey_recipient", "survey_participation", "survey_response")) {
                s.execute("ANALYZE TABLE " + table);
            }
        }
    }

    private static long nextId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void organizations(Connection c) throws SQLException {
        String[][] kinds = {{"FEDERAL_LAW_ENFORCEMENT", "PUBLIC"}, {"COUNTY_SHERIFF", "PUBLIC"}, {"MUNICIPAL_POLICE", "PUBLIC"},
            {"STATE_AGENCY", "PUBLIC"}, {"CORPORATION", "PRIVATE"}, {"CORPORATION", "PRIVATE"}, {"CORPORATION", "PRIVATE"},
            {"SECURITY_SERVICES", "PRIVATE"}, {"CRITICAL_INFRASTRUCTURE", "PRIVATE"}, {"CRITICAL_INFRASTRUCTURE", "PUBLIC"}};
        try (PreparedStatement p = c.prepareStatement("INSERT INTO organization (id, name, sector, kind, region, fortune500, "
                + "founding_sponsor, created_at, updated_at) VALUES (?, ?, ?, ?, 'Twin Cities metro', ?, ?, ?, ?)")) {
            long id = nextId(c, "organization");
            for (int i = 0; i < organizations; i++) {
                String[] kind = kinds[i % kinds.length];
                p.setLong(1, id + i);
                p.setString(2, "Bench Organization " + i);
                p.setString(3, kind[1]);
                p.setString(4, kind[0]);
                p.setBoolean(5, "CORPORATION".equals(kind[0]) && i % 3 == 0);
                p.setBoolean(6, i == 4);
                p.setTimestamp(7, now);
                p.setTimestamp(8, now);
                p.addBatch();
            }
            flush(p, "organization", organizations);
        }
    }

    private void accounts(Connection c, String passwordHash) throws SQLException {
        long base = nextId(c, "account");
        try (PreparedStatement a = c.prepareStatement("INSERT INTO account (id, email, display_name, password_hash, enabled, "
                + "created_at) VALUES (?, ?, ?, ?, TRUE, ?)");
                PreparedStatement r = c.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, ?)")) {
            int roles = 0;
            for (int i = 0; i < members; i++) {
                a.setLong(1, base + i);
                a.setString(2, memberEmail(i));
                a.setString(3, "Member " + i);
                a.setString(4, passwordHash);
                a.setTimestamp(5, now);
                a.addBatch();
                r.setLong(1, base + i);
                r.setString(2, "MEMBER");
                r.addBatch();
                roles++;
                if (i < BOARD_USERS) {
                    r.setLong(1, base + i);
                    r.setString(2, "BOARD");
                    r.addBatch();
                    roles++;
                }
                if (i % 1000 == 999) {
                    a.executeBatch();
                }
            }
            flush(a, "account", members);
            flush(r, "account_role", roles);
        }
    }

    private void members(Connection c, long orgBase, long accountBase) throws SQLException {
        String[] criteria = {"LAW_ENFORCEMENT_OFFICIAL", "LAW_ENFORCEMENT_OFFICIAL", "LAW_ENFORCEMENT_OFFICIAL",
            "LAW_ENFORCEMENT_OFFICIAL", "SECURITY_PRACTITIONER", "SECURITY_PRACTITIONER", "SECURITY_PRACTITIONER",
            "SECURITY_SERVICES_SUPPLIER", "CRITICAL_INFRASTRUCTURE_OFFICIAL", "CRITICAL_INFRASTRUCTURE_OFFICIAL"};
        String[] last = {"Anderson", "Berg", "Carlson", "Dahl", "Erickson", "Frost", "Gustafson", "Hanson", "Iverson",
            "Johnson", "Klein", "Larson", "Moreno", "Nguyen", "Olson", "Peterson", "Quist", "Rasmussen", "Swanson", "Thao"};
        String[] first = {"Alex", "Britt", "Casey", "Dana", "Elliot", "Frankie", "Gale", "Harper", "Indy", "Jordan",
            "Kai", "Lee", "Morgan", "Noor", "Oakley", "Parker", "Quinn", "Riley", "Sam", "Taylor"};
        try (PreparedStatement p = c.prepareStatement("INSERT INTO member (id, account_id, first_name, last_name, email, title, "
                + "organization_id, criterion, status, executive_level, joined_on, left_on, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            long base = nextId(c, "member");
            LocalDate start = LocalDate.now(ZoneOffset.UTC).minusYears(years);
            for (int i = 0; i < members; i++) {
                int org = i % organizations;
                String status = i < BOARD_USERS ? "ACTIVE" : switch (random.nextInt(50)) {
                    case 0 -> "LAPSED";
                    case 1 -> "RESIGNED";
                    case 2, 3 -> "AT_RISK";
                    default -> "ACTIVE";
                };
                LocalDate joined = start.plusDays(random.nextInt(years * 365));
                p.setLong(1, base + i);
                p.setLong(2, accountBase + i);
                p.setString(3, first[random.nextInt(first.length)]);
                p.setString(4, last[random.nextInt(last.length)] + "-" + i);
                p.setString(5, memberEmail(i));
                p.setString(6, org % 10 < 4 ? "Chief of Police" : "Chief Security Officer");
                p.setLong(7, orgBase + org);
                p.setString(8, criteria[org % 10]);
                p.setString(9, status);
                p.setString(10, random.nextInt(40) == 0 ? "NEEDS_REVIEW" : "CONFIRMED");
                p.setObject(11, joined);
                p.setObject(12, "RESIGNED".equals(status) || "LAPSED".equals(status) ? joined.plusYears(1) : null);
                p.setTimestamp(13, now);
                p.setTimestamp(14, now);
                p.addBatch();
                if (i % 1000 == 999) {
                    p.executeBatch();
                }
            }
            flush(p, "member", members);
        }
    }

    private void contacts(Connection c, long orgBase, long memberBase) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE organization SET primary_contact_id = ?, alternate_contact_id = ? WHERE id = ?")) {
            for (int org = 0; org < organizations; org++) {
                p.setLong(1, memberBase + org);
                p.setLong(2, memberBase + org + organizations);
                p.setLong(3, orgBase + org);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void acknowledgements(Connection c, long memberBase) throws SQLException {
        int version;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version_number) FROM bylaws_version")) {
            rs.next();
            version = rs.getInt(1);
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO bylaws_acknowledgement (member_id, bylaws_version, acknowledged_at) VALUES (?, ?, ?)")) {
            int n = 0;
            for (int i = 0; i < members; i++) {
                if (i < BOARD_USERS || random.nextInt(10) != 0) {
                    p.setLong(1, memberBase + i);
                    p.setInt(2, version);
                    p.setTimestamp(3, now);
                    p.addBatch();
                    n++;
                }
            }
            flush(p, "bylaws_acknowledgement", n);
        }
    }

    /** Seats held by members 0..8, alternates 9..17, ten years of seat history and chair terms (half-year terms). */
    private void board(Connection c, long memberBase) throws SQLException {
        List<Long> seats = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM board_seat ORDER BY position")) {
            while (rs.next()) {
                seats.add(rs.getLong(1));
            }
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (PreparedStatement seat = c.prepareStatement("UPDATE board_seat SET holder_member_id = ?, alternate_member_id = ?, "
                + "holder_since = ?, term_start = ?, term_end = ?, vacant_since = NULL, updated_at = ? WHERE id = ?");
                PreparedStatement tenure = c.prepareStatement("INSERT INTO seat_tenure (seat_id, member_id, term_start, term_end, "
                        + "ended_on, end_reason) VALUES (?, ?, ?, ?, ?, ?)")) {
            int tenures = 0;
            for (int i = 0; i < seats.size(); i++) {
                LocalDate termStart = today.minusMonths(6 + i);
                seat.setLong(1, memberBase + i);
                seat.setLong(2, memberBase + 9 + i);
                seat.setObject(3, termStart);
                seat.setObject(4, termStart);
                seat.setObject(5, termStart.plusYears(2));
                seat.setTimestamp(6, now);
                seat.setLong(7, seats.get(i));
                seat.addBatch();
                for (LocalDate from = termStart.minusYears(years); from.isBefore(termStart); from = from.plusYears(2)) {
                    tenure.setLong(1, seats.get(i));
                    tenure.setLong(2, memberBase + 20 + random.nextInt(members - 20));
                    tenure.setObject(3, from);
                    tenure.setObject(4, from.plusYears(2));
                    tenure.setObject(5, from.plusYears(2));
                    tenure.setString(6, "term ended");
                    tenure.addBatch();
                    tenures++;
                }
                tenure.setLong(1, seats.get(i));
                tenure.setLong(2, memberBase + i);
                tenure.setObject(3, termStart);
                tenure.setObject(4, termStart.plusYears(2));
                tenure.setNull(5, java.sql.Types.DATE);
                tenure.setNull(6, java.sql.Types.VARCHAR);
                tenure.addBatch();
                tenures++;
            }
            seat.executeBatch();
            flush(tenure, "seat_tenure", tenures);
        }
        try (PreparedStatement chair = c.prepareStatement("INSERT INTO chair_term (member_id, seat_id, starts_on, ends_on, "
                + "handover_notified) VALUES (?, ?, ?, ?, ?)")) {
            LocalDate first = today.withDayOfMonth(1).minusYears(years);
            int n = 0;
            for (LocalDate from = first; from.isBefore(today.plusYears(3)); from = from.plusMonths(6)) {
                int seat = n % seats.size();
                chair.setLong(1, memberBase + seat);
                chair.setLong(2, seats.get(seat));
                chair.setObject(3, from);
                chair.setObject(4, from.plusMonths(6).minusDays(1));
                chair.setBoolean(5, !from.isAfter(today));
                chair.addBatch();
                n++;
            }
            flush(chair, "chair_term", n);
        }
    }

    /** Two or three summits a year for {@code years} years, and one ahead with a deadline that has not passed. */
    private void summits(Connection c, long memberBase) throws SQLException {
        ZonedDateTime today = ZonedDateTime.now(ZoneOffset.UTC).withHour(14).withMinute(0).withSecond(0).withNano(0);
        List<ZonedDateTime> dates = new ArrayList<>();
        for (int y = years; y >= 1; y--) {
            ZonedDateTime yearStart = today.minusYears(y);
            dates.add(yearStart.plusMonths(1));
            dates.add(yearStart.plusMonths(5));
            if (y % 2 == 0) {
                dates.add(yearStart.plusMonths(9));
            }
        }
        String[] topics = {"Cybersecurity", "Risk management", "Counterterrorism", "Critical-incident planning", "Intelligence sharing"};
        int agendaRows = 0;
        int rsvpRows = 0;
        int attendanceRows = 0;
        int noticeRows = 0;
        long summitId = nextId(c, "summit");
        try (PreparedStatement summit = c.prepareStatement("INSERT INTO summit (id, title, starts_at, ends_at, venue, capacity, "
                + "rsvp_deadline, status, ics_sequence, agenda_status, agenda_round, published_once, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, 'Bench Hall, Minneapolis', ?, ?, 'SCHEDULED', 1, 'PUBLISHED', 1, TRUE, ?, ?)");
                PreparedStatement item = c.prepareStatement("INSERT INTO agenda_item (summit_id, title, topic, presenter, minutes, "
                        + "position, status, sharing, proposed_by, created_at) VALUES (?, ?, ?, 'A presenter', 30, ?, 'ACCEPTED', "
                        + "'TLP_GREEN', 'secretariat@bench.test', ?)");
                PreparedStatement rsvp = c.prepareStatement("INSERT INTO rsvp (summit_id, member_id, response, status, "
                        + "answered_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement attendance = c.prepareStatement("INSERT INTO attendance (summit_id, member_id, checked_in_at, "
                        + "checked_in_by) VALUES (?, ?, ?, 'secretariat@bench.test')");
                PreparedStatement notice = c.prepareStatement("INSERT INTO notice (kind, recipient_email, recipient_name, subject, "
                        + "body_text, body_html, message_id, subject_type, subject_id, status, attempts, next_attempt_at, created_at, "
                        + "sent_at) VALUES ('INVITATION', ?, ?, ?, ?, ?, ?, 'Summit', ?, 'SENT', 1, ?, ?, ?)")) {
            for (int s = 0; s <= dates.size(); s++) {
                boolean future = s == dates.size();
                ZonedDateTime starts = future ? today.plusMonths(2) : dates.get(s);
                long id = summitId + s;
                Timestamp created = Timestamp.from(starts.minusMonths(3).toInstant());
                summit.setLong(1, id);
                summit.setString(2, (future ? "Coming summit " : "Summit ") + starts.toLocalDate());
                summit.setTimestamp(3, Timestamp.from(starts.toInstant()));
                summit.setTimestamp(4, Timestamp.from(starts.plusHours(4).toInstant()));
                summit.setInt(5, future ? members * 2 : 2500);
                summit.setTimestamp(6, Timestamp.from(starts.minusDays(7).toInstant()));
                summit.setTimestamp(7, created);
                summit.setTimestamp(8, created);
                summit.executeUpdate();
                for (int k = 0; k < 5; k++) {
                    item.setLong(1, id);
                    item.setString(2, topics[k] + " briefing");
                    item.setString(3, topics[k]);
                    item.setInt(4, k + 1);
                    item.setTimestamp(5, created);
                    item.addBatch();
                    agendaRows++;
                }
                item.executeBatch();
                if (future) {
                    futureSummitId = id;
                    break;
                }
                pastSummits.put(id, starts);
                Timestamp sent = Timestamp.from(starts.minusMonths(2).toInstant());
                int confirmed = 0;
                for (int m = 0; m < members; m++) {
                    long memberId = memberBase + m;
                    notice.setString(1, memberEmail(m));
                    notice.setString(2, "Member " + m);
                    notice.setString(3, "Invitation: Summit " + starts.toLocalDate());
                    notice.setString(4, "You are invited to the summit on " + starts.toLocalDate() + ". Answer here: https://"
                            + DOMAIN + "/rsvp/" + Long.toHexString(random.nextLong()));
                    notice.setString(5, "<p>You are invited to the summit on " + starts.toLocalDate() + ".</p>");
                    notice.setString(6, "<summit-" + id + "-invitation-" + memberId + "@" + DOMAIN + ">");
                    notice.setLong(7, id);
                    notice.setTimestamp(8, sent);
                    notice.setTimestamp(9, sent);
                    notice.setTimestamp(10, sent);
                    notice.addBatch();
                    noticeRows++;
                    int answer = random.nextInt(10);
                    if (answer < 6) {
                        boolean yes = answer < 4 && confirmed < 2500;
                        rsvp.setLong(1, id);
                        rsvp.setLong(2, memberId);
                        rsvp.setString(3, yes ? "YES" : answer < 4 ? "YES" : "NO");
                        rsvp.setString(4, yes ? "CONFIRMED" : answer < 4 ? "WAITLISTED" : "DECLINED");
                        rsvp.setString(5, memberEmail(m));
                        rsvp.setTimestamp(6, sent);
                        rsvp.addBatch();
                        rsvpRows++;
                        if (yes) {
                            confirmed++;
                            if (random.nextInt(10) < 9) {
                                attendance.setLong(1, id);
                                attendance.setLong(2, memberId);
                                attendance.setTimestamp(3, Timestamp.from(starts.toInstant()));
                                attendance.addBatch();
                                attendanceRows++;
                            }
                        }
                    }
                    if (m % 1000 == 999) {
                        notice.executeBatch();
                        rsvp.executeBatch();
                        attendance.executeBatch();
                    }
                }
                notice.executeBatch();
                rsvp.executeBatch();
                attendance.executeBatch();
                c.commit();
            }
        }
        rows.put("summit", dates.size() + 1);
        rows.put("agenda_item", agendaRows);
        rows.put("rsvp", rsvpRows);
        rows.put("attendance", attendanceRows);
        rows.put("notice", noticeRows);
    }

    /**
     * After each past summit a three-question survey attached to it, open for three weeks from the next day;
     * about seven in ten members answered it (a participation row and a response with their answers), so the
     * compliance report has surveys issued and answered to count in every period.
     */
    private void surveys(Connection c, long memberBase) throws SQLException {
        String questions = "[{\"kind\":\"SCALE\",\"prompt\":\"How useful was the summit?\",\"min\":1,\"max\":5},"
                + "{\"kind\":\"SINGLE_CHOICE\",\"prompt\":\"Which topic next time?\",\"options\":[\"Cybersecurity\","
                + "\"Risk management\",\"Counterterrorism\",\"Intelligence sharing\"]},"
                + "{\"kind\":\"FREE_TEXT\",\"prompt\":\"Anything else?\"}]";
        String[] topics = {"Cybersecurity", "Risk management", "Counterterrorism", "Intelligence sharing"};
        int participations = 0;
        long surveyId = nextId(c, "survey");
        try (PreparedStatement survey = c.prepareStatement("INSERT INTO survey (id, title, questions, anonymous, summit_id, "
                + "opens_at, closes_at, invited_at, reminded_at, created_by, created_at) VALUES (?, ?, ?, FALSE, ?, ?, ?, ?, ?, "
                + "'secretariat@bench.test', ?)");
                PreparedStatement sent = c.prepareStatement("INSERT INTO survey_recipient (survey_id, member_id) VALUES (?, ?)");
                PreparedStatement took = c.prepareStatement("INSERT INTO survey_participation (survey_id, member_id) VALUES (?, ?)");
                PreparedStatement response = c.prepareStatement("INSERT INTO survey_response (id, survey_id, member_id, answers, "
                        + "submitted_at) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<Long, ZonedDateTime> summit : pastSummits.entrySet()) {
                ZonedDateTime opens = summit.getValue().plusDays(1);
                Timestamp answeredAt = Timestamp.from(opens.plusDays(3).toInstant());
                survey.setLong(1, surveyId);
                survey.setString(2, "After the summit of " + summit.getValue().toLocalDate());
                survey.setString(3, questions);
                survey.setLong(4, summit.getKey());
                survey.setTimestamp(5, Timestamp.from(opens.toInstant()));
                survey.setTimestamp(6, Timestamp.from(opens.plusWeeks(3).toInstant()));
                survey.setTimestamp(7, Timestamp.from(opens.toInstant()));
                survey.setTimestamp(8, Timestamp.from(opens.plusWeeks(2).toInstant()));
                survey.setTimestamp(9, Timestamp.from(summit.getValue().minusDays(7).toInstant()));
                survey.executeUpdate();
                for (int m = 0; m < members; m++) {
                    sent.setLong(1, surveyId); // issued to every member
                    sent.setLong(2, memberBase + m);
                    sent.addBatch();
                    if (random.nextInt(10) >= 7) {
                        continue;
                    }
                    took.setLong(1, surveyId);
                    took.setLong(2, memberBase + m);
                    took.addBatch();
                    response.setLong(1, responseKeys.nextLong(1, Long.MAX_VALUE));
                    response.setLong(2, surveyId);
                    response.setLong(3, memberBase + m);
                    response.setString(4, "[[\"" + (1 + random.nextInt(5)) + "\"],[\"" + topics[random.nextInt(topics.length)]
                            + "\"],[]]");
                    response.setTimestamp(5, answeredAt);
                    response.addBatch();
                    participations++;
                    if (participations % 1000 == 0) {
                        took.executeBatch();
                        response.executeBatch();
                    }
                }
                sent.executeBatch();
                took.executeBatch();
                response.executeBatch();
                c.commit();
                surveyId++;
            }
        }
        rows.put("survey", pastSummits.size());
        rows.put("survey_participation", participations);
        rows.put("survey_response", participations);
    }

    private void flush(PreparedStatement p, String table, int count) throws SQLException {
        p.executeBatch();
        rows.merge(table, count, Integer::sum);
    }
}
