package org.partnershipsteward.board.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The bylaws' rules on a seat's term: dates in order, no longer than the term length, within the term limit. */
public final class SeatTermPolicy {

    public static final String TERM_DATES = "TERM_DATES";
    public static final String TERM_LENGTH = "TERM_LENGTH";
    public static final String TERM_LIMIT = "TERM_LIMIT";

    private SeatTermPolicy() {
    }

    /**
     * @param termsServed terms the member held before this one (on any seat)
     * @param termLimit   null: no limit
     */
    public static List<SeatFinding> check(LocalDate start, LocalDate end, int termMonths, Integer termLimit,
            int termsServed) {
        List<SeatFinding> findings = new ArrayList<>();
        boolean ordered = start != null && end != null && end.isAfter(start);
        findings.add(new SeatFinding(TERM_DATES, ordered, ordered ? "the term ends after it starts"
                : "the term must end after it starts"));
        if (ordered) {
            LocalDate longest = start.plusMonths(termMonths);
            boolean fits = !end.isAfter(longest);
            findings.add(new SeatFinding(TERM_LENGTH, fits, fits ? "the term is within " + termMonths + " months"
                    : "a term lasts at most " + termMonths + " months (until " + longest + ")"));
        }
        if (termLimit != null) {
            boolean within = termsServed < termLimit;
            findings.add(new SeatFinding(TERM_LIMIT, within, within
                    ? "term " + (termsServed + 1) + " of at most " + termLimit
                    : "the member has served " + termsServed + " terms; the bylaws allow " + termLimit));
        }
        return findings;
    }
}
