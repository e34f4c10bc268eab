package org.partnershipsteward.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The MySQL-dialect migrations of sql/ also build the embedded H2 (MySQL mode) schema. */
class MigrationsTest {

    private static JdbcDataSource embeddedH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations-" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        h2.setPassword("");
        return h2;
    }

    private static Flyway flyway(JdbcDataSource db, String target) {
        return Flyway.configure().dataSource(db).locations("filesystem:sql").target(target).load();
    }

    @Test
    void everyMigrationAppliesOnEmbeddedH2InMySqlMode() throws SQLException {
        JdbcDataSource h2 = embeddedH2();
        Flyway flyway = flyway(h2, "latest");
        var result = flyway.migrate();
        assertTrue(result.migrationsExecuted >= 1);
        assertEquals(0, flyway.info().pending().length);

        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO account (email, display_name, created_at) VALUES ('a@x', 'A', NOW(6))");
            SQLException duplicate = assertThrows(SQLException.class,
                    () -> s.executeUpdate("INSERT INTO account (email, display_name, created_at) VALUES ('a@x', 'B', NOW(6))"));
            assertTrue(Constraints.isViolation(duplicate), duplicate.getSQLState());
        }
    }

    @Test
    void theBoardsVotesOfTheThreeOldTablesSurviveInTheOneBallotTable() throws SQLException {
        JdbcDataSource h2 = embeddedH2();
        flyway(h2, "8").migrate();
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO account (id, email, display_name, created_at) VALUES "
                    + "(1, 'chair@x', 'Chair', NOW(6)), (2, 'sheriff@x', 'Sheriff', NOW(6))");
            // the subjects' rows do not matter here: only the votes move
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            s.executeUpdate("INSERT INTO application_vote (application_id, voter_account_id, decision, comment, cast_at) VALUES "
                    + "(10, 1, 'APPROVE', NULL, TIMESTAMP '2026-03-01 10:00:00.123456'), "
                    + "(10, 2, 'REJECT', 'outside the region', TIMESTAMP '2026-03-01 11:00:00')");
            s.executeUpdate("INSERT INTO agenda_vote (summit_id, agenda_round, voter_account_id, decision, comment, cast_at) VALUES "
                    + "(20, 1, 1, 'REJECT', 'too long', TIMESTAMP '2026-04-01 09:00:00'), "
                    + "(20, 2, 1, 'APPROVE', NULL, TIMESTAMP '2026-04-08 09:00:00')");
            s.executeUpdate("INSERT INTO status_proposal_vote (proposal_id, voter_account_id, decision, comment, cast_at) VALUES "
                    + "(30, 2, 'APPROVE', 'two periods missed', TIMESTAMP '2026-07-02 08:30:00')");
            s.execute("SET REFERENTIAL_INTEGRITY TRUE");
        }

        flyway(h2, "latest").migrate();

        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            List<String> votes = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT subject_kind, subject_id, subject_round, voter_account_id, decision, "
                    + "comment, cast_at FROM board_vote ORDER BY subject_kind, subject_id, subject_round, voter_account_id")) {
                while (r.next()) {
                    votes.add(r.getString(1) + " " + r.getLong(2) + "/" + r.getInt(3) + " by " + r.getLong(4) + ": "
                            + r.getString(5) + " (" + r.getString(6) + ") at " + r.getTimestamp(7).toLocalDateTime());
                }
            }
            assertEquals(List.of(
                    "AGENDA 20/1 by 1: REJECT (too long) at 2026-04-01T09:00",
                    "AGENDA 20/2 by 1: APPROVE (null) at 2026-04-08T09:00",
                    "APPLICATION 10/0 by 1: APPROVE (null) at 2026-03-01T10:00:00.123456",
                    "APPLICATION 10/0 by 2: REJECT (outside the region) at 2026-03-01T11:00",
                    "STATUS_PROPOSAL 30/0 by 2: APPROVE (two periods missed) at 2026-07-02T08:30"), votes);
            List<String> voteTables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_name LIKE '%vote' ORDER BY table_name")) {
                while (r.next()) {
                    voteTables.add(r.getString(1));
                }
            }
            assertEquals(List.of("board_vote"), voteTables, "the three old vote tables are gone");
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            s.executeUpdate("INSERT INTO board_vote (subject_kind, subject_id, subject_round, seat_id, voter_account_id, "
                    + "decision, cast_at) VALUES ('APPLICATION', 11, 0, 5, 1, 'APPROVE', NOW(6))");
            SQLException second = assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO board_vote "
                    + "(subject_kind, subject_id, subject_round, seat_id, voter_account_id, decision, cast_at) "
                    + "VALUES ('APPLICATION', 11, 0, 5, 2, 'APPROVE', NOW(6))"));
            assertTrue(Constraints.isViolation(second), "one vote per seat and question: " + second.getSQLState());
        }
    }

    /** V17 (issue 17): every kept vote names the seat it was cast for where the seat history tells; none is lost. */
    @Test
    void existingVotesKeepCountingForTheSeatTheirVoterHeldOrActedFor() throws SQLException {
        JdbcDataSource h2 = embeddedH2();
        flyway(h2, "16").migrate();
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            s.executeUpdate("INSERT INTO account (id, email, display_name, created_at) VALUES "
                    + "(1, 'now@x', 'Now', NOW(6)), (2, 'former@x', 'Former', NOW(6)), (3, 'alternate@x', 'Alt', NOW(6)), "
                    + "(4, 'nobody@x', 'Nobody', NOW(6))");
            s.executeUpdate("INSERT INTO member (id, account_id, first_name, last_name, email, title, organization_id, "
                    + "criterion, status, executive_level, joined_on, created_at, updated_at) VALUES "
                    + "(1, 1, 'N', 'Now', 'now@x', 'T', 1, 'C', 'ACTIVE', 'EXECUTIVE', DATE '2020-01-01', NOW(6), NOW(6)), "
                    + "(2, 2, 'F', 'Former', 'former@x', 'T', 1, 'C', 'ACTIVE', 'EXECUTIVE', DATE '2020-01-01', NOW(6), NOW(6)), "
                    + "(3, 3, 'A', 'Alt', 'alternate@x', 'T', 1, 'C', 'ACTIVE', 'EXECUTIVE', DATE '2020-01-01', NOW(6), NOW(6))");
            s.executeUpdate("INSERT INTO board_seat (id, seat_type, position, holder_member_id, alternate_member_id, "
                    + "vacant_since, updated_at) VALUES (1, 'A', 1, 1, NULL, NULL, NOW(6)), "
                    + "(2, 'B', 2, NULL, 3, DATE '2026-05-01', NOW(6))");
            s.executeUpdate("INSERT INTO seat_tenure (seat_id, member_id, term_start, term_end, ended_on) VALUES "
                    + "(1, 2, DATE '2024-01-01', DATE '2026-12-31', DATE '2025-12-31'), (1, 1, DATE '2026-01-01', DATE '2028-12-31', NULL)");
            s.executeUpdate("INSERT INTO board_vote (id, subject_kind, subject_id, subject_round, voter_account_id, decision, "
                    + "cast_at) VALUES (1, 'APPLICATION', 7, 0, 2, 'REJECT', TIMESTAMP '2025-06-01 10:00:00'), "
                    + "(2, 'APPLICATION', 7, 0, 1, 'APPROVE', TIMESTAMP '2026-06-01 10:00:00'), "
                    + "(3, 'APPLICATION', 7, 0, 3, 'APPROVE', TIMESTAMP '2026-06-02 10:00:00'), "
                    + "(4, 'APPLICATION', 7, 0, 4, 'APPROVE', TIMESTAMP '2026-06-03 10:00:00')");
            s.execute("SET REFERENTIAL_INTEGRITY TRUE");
        }

        flyway(h2, "latest").migrate();

        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            List<String> seats = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT id, seat_id FROM board_vote ORDER BY id")) {
                while (r.next()) {
                    seats.add(r.getLong(1) + ":" + r.getString(2));
                }
            }
            assertEquals(List.of("1:null", "2:1", "3:2", "4:null"), seats, "the former holder's vote gives way to the "
                    + "holder's later one for seat 1; the acting alternate's is seat 2's; a voter with no seat keeps none");
            try (ResultSet r = s.executeQuery("SELECT seat_id, member_id, why, started_on, ended_on FROM seat_acting")) {
                assertTrue(r.next());
                assertEquals("2 3 VACANT 2026-05-01 null", r.getLong(1) + " " + r.getLong(2) + " " + r.getString(3) + " "
                        + r.getDate(4) + " " + r.getDate(5), "the alternate acting for a vacant seat since it fell vacant");
            }
        }
    }

    @Test
    void theAssistantsMembersNamedOnTheirProfileBecomeAssistantsOncePerAddressAndTheOldColumnsKeepTheirData()
            throws SQLException {
        JdbcDataSource h2 = embeddedH2();
        flyway(h2, "16").migrate();
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET REFERENTIAL_INTEGRITY FALSE"); // the organisations do not matter here
            String columns = "INSERT INTO member (id, first_name, last_name, email, title, organization_id, criterion, status, "
                    + "executive_level, joined_on, created_at, updated_at, assistant_name, assistant_email, assistant_phone) VALUES ";
            String rest = "'Chief', 1, 'SECURITY_PRACTITIONER', 'ACTIVE', 'CONFIRMED', DATE '2024-01-01', NOW(6), NOW(6), ";
            s.executeUpdate(columns + "(1, 'Maria', 'Lindqvist', 'maria@x', " + rest + "'Tom Berg', 'tom.berg@x', '+1 612 555 0100'), "
                    + "(2, 'Dana', 'Ortiz', 'dana@x', " + rest + "'Tom Berg', ' TOM.Berg@x ', NULL), "
                    + "(3, 'Lu', 'Ng', 'lu@x', " + rest + "'Cher', 'cher@x', NULL), "
                    + "(4, 'Sam', 'Reyes', 'sam@x', " + rest + "NULL, NULL, NULL)");
            s.execute("SET REFERENTIAL_INTEGRITY TRUE");
        }

        flyway(h2, "latest").migrate();

        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            List<String> assistants = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT a.first_name, a.last_name, a.email, a.phone, a.account_id, "
                    + "p.member_id FROM assistant a JOIN assistant_principal p ON p.assistant_id = a.id "
                    + "ORDER BY a.email, p.member_id")) {
                while (r.next()) {
                    assistants.add(r.getString(1) + "/" + r.getString(2) + " <" + r.getString(3) + "> " + r.getString(4)
                            + " login " + r.getObject(5) + " for " + r.getLong(6));
                }
            }
            assertEquals(List.of(
                    "Cher/- <cher@x> null login null for 3",
                    "Tom/Berg <tom.berg@x> +1 612 555 0100 login null for 1",
                    "Tom/Berg <tom.berg@x> +1 612 555 0100 login null for 2"), assistants,
                    "one assistant per address (case and spaces aside), serving each member who named them, without a login");
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM member WHERE assistant_email IS NOT NULL")) {
                r.next();
                assertEquals(3, r.getInt(1), "the profile's assistant contact fields keep their data");
            }
        }
    }

    @Test
    void vendorDataSourceIsChosenByTheUrlAlone() {
        assertEquals(UrlRoutingDataSource.MYSQL_DATA_SOURCE, UrlRoutingDataSource.vendorClassFor("jdbc:mysql://db:3306/steward"));
        assertEquals(UrlRoutingDataSource.H2_DATA_SOURCE, UrlRoutingDataSource.vendorClassFor("jdbc:h2:file:./data/steward"));
        assertThrows(IllegalStateException.class, () -> UrlRoutingDataSource.vendorClassFor("jdbc:postgresql://x/y"));
        assertThrows(IllegalStateException.class, () -> UrlRoutingDataSource.vendorClassFor(" "));
    }
}
