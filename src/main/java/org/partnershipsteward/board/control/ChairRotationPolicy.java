package org.partnershipsteward.board.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.partnershipsteward.organization.entity.Sector;

/**
 * Plans the rotating chair from the seats, the recorded chair terms and the rules.
 *
 * <p><b>History is never rewritten.</b> Recorded terms that started on or before today are
 * kept as they are; recorded terms that start later are only a previous plan and are planned
 * anew. The running term stays unless its chair no longer holds any seat: then the next
 * chair by the rules (the vice-chair of the changed board) takes over from today for the
 * rest of that term, reported as a {@link ChairHandover}. When no term is running, a new
 * term starts today. Later terms follow back to back, {@code termMonths} each.
 *
 * <p><b>Choosing a term's chair</b> among the holders of occupied seats (a member holding
 * two seats counts once, by the first seat in order). Three rules narrow the holders, in this
 * order of precedence; each yields when it would leave nobody, so a board with a holder
 * always has a chair:
 * <ol>
 * <li>with {@code noConsecutiveTerms}, pass over the previous term's chair. Only a sole
 *     holder chairs twice in a row (a board of one keeps its chair); a holder short of
 *     tenure chairs rather than the same chair twice in a row. Without it, tenure comes
 *     first and the previous chair serves again when nobody else has the tenure;</li>
 * <li>skip holders who at the term's start have held their seat less than
 *     {@code minTenureMonths} (waived when nobody has: a new board still gets a chair);</li>
 * <li>with {@link RotationRules.Order#ALTERNATE_SECTORS}, keep the holders of the other
 *     sector than the previous chair's seat (falling back to the same sector when the other
 *     has nobody, e.g. all its seats vacant);</li>
 * </ol>
 * then take the one who chaired least recently (never chaired first), then by seat order and
 * seat id. Vacant seats are never chosen.
 *
 * <p>A chair who took over in a hand-over has chaired: the no-consecutive rule and the fair
 * order treat the rest of the term like any term, so they are not chair again right after.
 * Future terms are planned on today's board: seat changes are not foreseen, tenure is.
 */
public final class ChairRotationPolicy {

    private final Clock clock;

    public ChairRotationPolicy(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The plan as of the clock's today. */
    public RotationPlan plan(List<SeatHolding> seats, List<ChairTerm> recordedTerms, RotationRules rules) {
        return plan(seats, recordedTerms, rules, LocalDate.now(clock));
    }

    /** The plan as of {@code today}. */
    public RotationPlan plan(List<SeatHolding> seats, List<ChairTerm> recordedTerms, RotationRules rules,
            LocalDate today) {
        Objects.requireNonNull(seats, "seats");
        Objects.requireNonNull(recordedTerms, "recordedTerms");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(today, "today");
        Board board = new Board(seats, rules);

        List<ChairTerm> started = recordedTerms.stream()
                .filter(term -> !term.from().isAfter(today))
                .sorted(Comparator.comparing(ChairTerm::from).thenComparing(ChairTerm::to))
                .toList();
        Map<Long, LocalDate> lastChaired = new HashMap<>();
        started.forEach(term -> lastChaired.merge(term.memberId(), term.to(), ChairRotationPolicy::later));
        Optional<ChairTerm> running = started.stream()
                .filter(term -> term.covers(today))
                .max(Comparator.comparing(ChairTerm::from));
        ChairTerm previous = started.stream().filter(term -> term.to().isBefore(today))
                .reduce((first, second) -> second).orElse(null);

        ChairTerm chair;
        Optional<ChairHandover> handover = Optional.empty();
        if (running.isPresent() && board.holds(running.get().memberId())) {
            chair = running.get();
        } else if (running.isPresent()) {
            ChairTerm interrupted = running.get();
            chair = board.choose(today, interrupted, lastChaired)
                    .map(holder -> new ChairTerm(holder.memberId(), holder.seat().seatId(), today, interrupted.to()))
                    .orElse(null);
            handover = Optional.of(new ChairHandover(interrupted, today, Optional.ofNullable(chair)));
        } else {
            LocalDate end = today.plusMonths(rules.termMonths()).minusDays(1);
            chair = board.choose(today, previous, lastChaired)
                    .map(holder -> new ChairTerm(holder.memberId(), holder.seat().seatId(), today, end))
                    .orElse(null);
        }
        if (chair == null) {
            return new RotationPlan(Optional.empty(), List.of(), handover);
        }
        lastChaired.merge(chair.memberId(), chair.to(), ChairRotationPolicy::later);

        List<ChairTerm> upcoming = new ArrayList<>();
        LocalDate anchor = chair.to().plusDays(1);
        ChairTerm before = chair;
        for (int k = 0; k < rules.planTerms(); k++) {
            LocalDate from = anchor.plusMonths((long) k * rules.termMonths());
            LocalDate to = anchor.plusMonths((long) (k + 1) * rules.termMonths()).minusDays(1);
            Optional<Holder> next = board.choose(from, before, lastChaired);
            if (next.isEmpty()) {
                break;
            }
            before = new ChairTerm(next.get().memberId(), next.get().seat().seatId(), from, to);
            upcoming.add(before);
            lastChaired.merge(before.memberId(), to, ChairRotationPolicy::later);
        }
        return new RotationPlan(Optional.of(chair), upcoming, handover);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private record Holder(long memberId, SeatHolding seat) {

        boolean tenuredAt(LocalDate day, int minTenureMonths) {
            return seat.holderSince() == null || !seat.holderSince().plusMonths(minTenureMonths).isAfter(day);
        }
    }

    /** Today's board: its holders in seat order, and the rules that choose among them. */
    private static final class Board {

        private static final Comparator<SeatHolding> SEAT_ORDER =
                Comparator.comparingInt(SeatHolding::order).thenComparingLong(SeatHolding::seatId);

        private final RotationRules rules;
        private final Map<Long, Holder> holders = new LinkedHashMap<>();
        private final Map<Long, SeatHolding> seatsById = new HashMap<>();

        Board(List<SeatHolding> seats, RotationRules rules) {
            this.rules = rules;
            seats.stream().sorted(SEAT_ORDER).forEach(seat -> {
                seatsById.putIfAbsent(seat.seatId(), seat);
                if (!seat.vacant()) {
                    holders.putIfAbsent(seat.holderId(), new Holder(seat.holderId(), seat));
                }
            });
        }

        boolean holds(long memberId) {
            return holders.containsKey(memberId);
        }

        Optional<Holder> choose(LocalDate start, ChairTerm previous, Map<Long, LocalDate> lastChaired) {
            List<Holder> pool = List.copyOf(holders.values());
            if (previous != null && rules.noConsecutiveTerms()) {
                pool = narrow(pool, pool.stream().filter(h -> h.memberId() != previous.memberId()).toList());
            }
            pool = narrow(pool, pool.stream().filter(h -> h.tenuredAt(start, rules.minTenureMonths())).toList());
            Sector previousSector = previous == null ? null : sectorOf(previous);
            if (previousSector != null && rules.order() == RotationRules.Order.ALTERNATE_SECTORS) {
                pool = narrow(pool, pool.stream().filter(h -> h.seat().sector() != previousSector).toList());
            }
            Comparator<Holder> fair = Comparator
                    .comparing((Holder h) -> lastChaired.get(h.memberId()),
                            Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(Holder::seat, SEAT_ORDER);
            return pool.stream().min(fair);
        }

        /** The narrower pool, unless it is empty: every rule yields rather than leave no chair. */
        private static List<Holder> narrow(List<Holder> pool, List<Holder> narrower) {
            return narrower.isEmpty() ? pool : narrower;
        }

        /** The sector of the previous term's seat, else of the seat its chair holds now. */
        private Sector sectorOf(ChairTerm term) {
            SeatHolding seat = seatsById.get(term.seatId());
            if (seat != null) {
                return seat.sector();
            }
            Holder holder = holders.get(term.memberId());
            return holder == null ? null : holder.seat().sector();
        }
    }
}
