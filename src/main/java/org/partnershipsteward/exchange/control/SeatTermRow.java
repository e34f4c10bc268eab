package org.partnershipsteward.exchange.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.board.control.Candidate;
import org.partnershipsteward.board.control.SeatEligibility;
import org.partnershipsteward.board.control.SeatFinding;
import org.partnershipsteward.board.control.SeatTermPolicy;
import org.partnershipsteward.board.control.SeatType;

/**
 * One term on a board seat as a CSV row: past terms have {@code endedOn}, the current one does not (its holder sits
 * on the seat, with the alternate). Matched by seat position, holder email and start day.
 */
public record SeatTermRow(int position, String seatType, String holder, String alternate, LocalDate termStart,
        LocalDate termEnd, LocalDate endedOn, String endReason) {

    /** The bylaws' board rules the terms are held against. */
    public record Rules(Map<Integer, SeatType> seatsByPosition, int termMonths, Integer termLimit, String region) {
    }

    public List<Object> cells() {
        return List.of(position, seatType, holder, alternate == null ? "" : alternate, termStart.toString(),
                termEnd.toString(), endedOn == null ? "" : endedOn.toString(), endReason == null ? "" : endReason);
    }

    public boolean current() {
        return endedOn == null;
    }

    public String key() {
        return key(position, holder, termStart);
    }

    static String key(int position, String holder, LocalDate start) {
        return position + "/" + holder + "/" + start;
    }

    /**
     * Reads each row and holds it against the seat rules. Errors: a seat position the board does not have
     * ({@code UNKNOWN_SEAT}) or of another type ({@code SEAT_TYPE}), a holder or alternate who is not a member
     * ({@code UNKNOWN_MEMBER}: import the members first), the same term twice ({@code DUPLICATE_TERM}), an end before
     * the start ({@value SeatTermPolicy#TERM_DATES}). For the current term (no {@code endedOn}): the holder meets every
     * rule of the seat type ({@link SeatEligibility}, its rule codes), the term is no longer than the bylaws allow
     * ({@value SeatTermPolicy#TERM_LENGTH}) and within the term limit counting the member's earlier terms in the file and
     * stored ({@value SeatTermPolicy#TERM_LIMIT}), one current holder per seat ({@code ONE_HOLDER}) and one seat per
     * member ({@code ONE_SEAT}). Past terms are history: a past term longer than the bylaws allow now or beyond the
     * term limit is a warning, not an error.
     */
    public static void check(CsvTable table, List<SeatTermRow> stored, Map<String, Candidate> members, Rules rules,
            LocalDate today, Report report) {
        Map<String, SeatTermRow> storedByKey = new LinkedHashMap<>();
        stored.forEach(t -> storedByKey.put(t.key(), t));
        Map<String, Integer> seen = new HashMap<>();
        Map<String, SeatTermRow> after = new LinkedHashMap<>(storedByKey);
        Map<Cells, SeatTermRow> accepted = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Cells cells = new Cells(row, report);
            Integer position = cells.number("position", true, 1, 1000);
            String seatType = cells.text("seatType", true, 60);
            String holder = cells.email("holder", true);
            String alternate = cells.email("alternate", false);
            LocalDate start = cells.date("termStart", true);
            LocalDate end = cells.date("termEnd", true);
            LocalDate endedOn = cells.date("endedOn", false);
            String endReason = cells.text("endReason", false, 500);
            boolean known = true;
            if (position != null) {
                SeatType type = rules.seatsByPosition().get(position);
                if (type == null) {
                    cells.error("position", "UNKNOWN_SEAT", "the board has no seat " + position + " (seats 1–"
                            + rules.seatsByPosition().size() + ")");
                    known = false;
                } else if (seatType != null && !type.code().equalsIgnoreCase(seatType)) {
                    cells.error("seatType", "SEAT_TYPE", "seat " + position + " is a " + type.code() + " seat");
                    known = false;
                }
            }
            if (holder != null && !members.containsKey(holder)) {
                cells.error("holder", "UNKNOWN_MEMBER", "no member has the email " + holder + "; import the members first");
                known = false;
            }
            if (alternate != null && !members.containsKey(alternate)) {
                cells.error("alternate", "UNKNOWN_MEMBER", "no member has the email " + alternate);
                known = false;
            }
            if (alternate != null && alternate.equals(holder)) {
                cells.error("alternate", "ALTERNATE", "the alternate must be someone other than the holder");
                known = false;
            }
            if (alternate != null && endedOn != null) {
                cells.warning("alternate", "ALTERNATE", "an ended term keeps no alternate; ignored");
                alternate = null;
            }
            if (endedOn != null && start != null && endedOn.isBefore(start)) {
                cells.error("endedOn", SeatTermPolicy.TERM_DATES, "the term ended on " + endedOn + ", before it started");
                known = false;
            }
            if (endedOn != null && endedOn.isAfter(today)) {
                cells.error("endedOn", SeatTermPolicy.TERM_DATES, "ended on " + endedOn + ", which is after today");
                known = false;
            }
            if (!known || position == null || seatType == null || holder == null || start == null || end == null) {
                continue;
            }
            if (!end.isAfter(start)) {
                cells.error("termEnd", SeatTermPolicy.TERM_DATES, "the term must end after it starts");
                continue;
            }
            SeatTermRow value = new SeatTermRow(position, rules.seatsByPosition().get(position).code(), holder, alternate,
                    start, end, endedOn, endedOn == null ? null : endReason);
            Integer earlier = seen.putIfAbsent(value.key(), row.number());
            if (earlier != null) {
                cells.error("termStart", "DUPLICATE_TERM", "this term is on row " + earlier + " already");
                continue;
            }
            after.put(value.key(), value);
            accepted.put(cells, value);
            report.plan(Matching.plan(row.number(), value.key(), value, storedByKey.get(value.key())));
        }
        accepted.forEach((cells, value) -> rules(cells, value, after.values(), members.get(value.holder()), rules));
    }

    /** The seat and term rules for one term, given every term as the import would leave them. */
    private static void rules(Cells cells, SeatTermRow term, java.util.Collection<SeatTermRow> all, Candidate holder,
            Rules rules) {
        int served = (int) all.stream().filter(t -> t.holder().equals(term.holder()) && t.termStart().isBefore(term.termStart()))
                .count();
        List<SeatFinding> findings = new ArrayList<>(SeatTermPolicy.check(term.termStart(), term.termEnd(),
                rules.termMonths(), rules.termLimit(), served));
        if (term.current()) {
            findings.addAll(new SeatEligibility().evaluate(rules.seatsByPosition().get(term.position()), holder,
                    rules.region()));
            all.stream().filter(t -> t.current() && t.position() == term.position() && !t.key().equals(term.key()))
                    .min(Comparator.comparing(SeatTermRow::termStart))
                    .ifPresent(other -> cells.error("holder", "ONE_HOLDER", "seat " + term.position() + " is held by "
                            + other.holder() + " from " + other.termStart() + " as well; give that term its endedOn"));
            all.stream().filter(t -> t.current() && t.holder().equals(term.holder()) && t.position() != term.position())
                    .findFirst().ifPresent(other -> cells.error("holder", "ONE_SEAT", term.holder() + " holds seat "
                            + other.position() + " as well; a member holds one seat"));
        }
        for (SeatFinding f : SeatEligibility.failures(findings)) {
            String field = f.rule().startsWith("SEAT_") ? "holder" : "termEnd";
            if (term.current()) {
                cells.error(field, f.rule(), f.reason());
            } else {
                cells.warning(field, f.rule(), "a past term: " + f.reason());
            }
        }
    }
}
