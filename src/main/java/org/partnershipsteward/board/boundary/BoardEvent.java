package org.partnershipsteward.board.boundary;

import java.time.LocalDate;
import java.util.List;

/** Something on the board that people must hear about; raised in the transaction that caused it. */
public record BoardEvent(Type type, List<Recipient> recipients, String seatName, LocalDate date, String previousName,
        String nextName, String detail) {

    public BoardEvent(Type type, List<Recipient> recipients, String seatName, LocalDate date, String previousName,
            String nextName) {
        this(type, recipients, seatName, date, previousName, nextName, null);
    }

    /** What happened. */
    public enum Type {
        SEAT_VACANT, CHAIR_HANDOVER, TERM_ENDING,
        /** A seat holder's new title or organisation fails the seat's rules ({@code detail}: the reasons). */
        SEAT_HOLDER_INELIGIBLE
    }

    /** Who hears of it. */
    public record Recipient(String email, String name) {
    }
}
