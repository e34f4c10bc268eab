package org.partnershipsteward.health.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The plain values the scorecard is computed from; the boundary reads them from the database. */
public final class Facts {

    private Facts() {
    }

    /** A member (past or present): a member belongs on a date from {@code joinedOn} until before {@code leftOn}. */
    public record MemberFact(long id, long organizationId, String criterion, boolean publicSector, LocalDate joinedOn,
            LocalDate leftOn, boolean executiveConfirmed) {

        public boolean belongsOn(LocalDate date) {
            return !joinedOn.isAfter(date) && (leftOn == null || leftOn.isAfter(date));
        }
    }

    /** A summit on its day, with who was checked in. */
    public record SummitFact(long id, LocalDate date, boolean cancelled, Set<Long> attendees) {
    }

    /** A board seat held from {@code from} until before {@code until} (null: still held). */
    public record TenureFact(long memberId, LocalDate from, LocalDate until) {

        public boolean heldOn(LocalDate date) {
            return !from.isAfter(date) && (until == null || until.isAfter(date));
        }
    }

    /** A board seat now. */
    public record SeatFact(boolean held, boolean hasAlternate) {
    }

    /** An organisation now, with its points of contact. */
    public record OrganizationFact(long id, boolean hasPrimaryContact, boolean hasAlternateContact) {
    }

    /** A topic: asked for by members (proposal, survey) or put on an agenda, on a date. */
    public record TopicFact(String topic, LocalDate date) {
    }

    /**
     * An action agreed at a summit: its due day and, once closed, the day it was closed and whether it was done
     * (a dropped action is neither done nor late).
     */
    public record ActionFact(LocalDate due, LocalDate closedOn, boolean done, boolean dropped) {
    }

    /**
     * An alert drill: the day it was run and the minutes until half and until all of its recipients acknowledged it
     * (null when not reached). Contributed through the {@code DrillRecords} extension point.
     */
    public record DrillFact(LocalDate date, Double toHalfMinutes, Double toAllMinutes) {
    }

    /** A seat held, acted for or left without its holder from {@code from} until before {@code until} (null: still). */
    public record SeatInterval(long seatId, LocalDate from, LocalDate until) {

        public boolean covers(LocalDate date) {
            return !from.isAfter(date) && (until == null || until.isAfter(date));
        }
    }

    /**
     * The board's cover over time (issue 17): how many seats, the holders' tenures, their leaves and the periods an
     * alternate acted for a seat (seat history, {@code seat_acting}).
     */
    public record BoardCover(int seats, List<SeatInterval> held, List<SeatInterval> leaves, List<SeatInterval> acting) {

        public static final BoardCover NONE = new BoardCover(0, List.of(), List.of(), List.of());
    }

    /**
     * Everything the scorecard reads; {@code actions}: the summits' action items; {@code roster}: each current
     * member's emergency roster entry now; {@code drills}: the urgent-alert drills.
     */
    public record All(List<MemberFact> members, List<SummitFact> summits, List<TenureFact> tenures, List<SeatFact> seats,
            List<OrganizationFact> organizations, int secretariatAccounts, List<TopicFact> requestedTopics,
            List<TopicFact> agendaTopics, LocalDate foundedOn, int summitsPerYearTarget, List<ActionFact> actions,
            List<org.partnershipsteward.membership.control.RosterPolicy.Entry> roster, List<DrillFact> drills,
            BoardCover cover) {

        /** Without the board's cover history. */
        public All(List<MemberFact> members, List<SummitFact> summits, List<TenureFact> tenures, List<SeatFact> seats,
                List<OrganizationFact> organizations, int secretariatAccounts, List<TopicFact> requestedTopics,
                List<TopicFact> agendaTopics, LocalDate foundedOn, int summitsPerYearTarget, List<ActionFact> actions,
                List<org.partnershipsteward.membership.control.RosterPolicy.Entry> roster, List<DrillFact> drills) {
            this(members, summits, tenures, seats, organizations, secretariatAccounts, requestedTopics, agendaTopics, foundedOn,
                    summitsPerYearTarget, actions, roster, drills, BoardCover.NONE);
        }

        /** Without action items, roster entries and drills (no component contributes them). */
        public All(List<MemberFact> members, List<SummitFact> summits, List<TenureFact> tenures, List<SeatFact> seats,
                List<OrganizationFact> organizations, int secretariatAccounts, List<TopicFact> requestedTopics,
                List<TopicFact> agendaTopics, LocalDate foundedOn, int summitsPerYearTarget) {
            this(members, summits, tenures, seats, organizations, secretariatAccounts, requestedTopics, agendaTopics, foundedOn,
                    summitsPerYearTarget, List.of(), List.of(), List.of());
        }
    }
}
