package org.partnershipsteward.board.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipsteward.ballot.boundary.BoardRoster;
import org.partnershipsteward.board.control.SeatActing;
import org.partnershipsteward.board.entity.BoardSeat;
import org.partnershipsteward.board.entity.SeatAbsence;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.platform.persistence.RenderMemo;
import org.partnershipsteward.platform.security.Account;
import org.partnershipsteward.platform.time.PartnershipTime;

/**
 * The board component's {@link BoardRoster}: for each seat, who speaks for it on a day by the rule of
 * {@link SeatActing} (its holder; the alternate while the seat is vacant or the holder on leave; nobody when that one
 * is not a current member with an enabled login, or is on leave themself).
 */
@Dependent
public class SeatHolders implements BoardRoster {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnershipTime time;

    /** Seat id → who speaks for the seat on the day (seats nobody speaks for are left out), in seat order. */
    public Map<Long, SeatActing.Voice> voices(LocalDate day) {
        return RenderMemo.of(new VoicesOn(day), () -> Collections.unmodifiableMap(read(day)));
    }

    private record VoicesOn(LocalDate day) {
    }

    private record Voters() {
    }

    private Map<Long, SeatActing.Voice> read(LocalDate day) {
        List<BoardSeat> seats = BoardReads.seatsInOrder(em);
        List<SeatAbsence> leaves = BoardReads.leavesOn(em, day);
        Set<Long> ids = new HashSet<>();
        seats.forEach(s -> {
            ids.add(s.getHolderId());
            ids.add(s.getAlternateId());
        });
        ids.remove(null);
        Map<Long, Member> members = new HashMap<>();
        Set<Long> withLogin = new HashSet<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT m FROM Member m WHERE m.id IN :ids", Member.class).setParameter("ids", ids)
                    .getResultList().forEach(m -> members.put(m.getId(), m));
            Set<Long> accountIds = members.values().stream().map(Member::getAccountId).filter(a -> a != null)
                    .collect(Collectors.toSet());
            Set<Long> enabled = accountIds.isEmpty() ? Set.of() : Set.copyOf(em.createQuery(
                    "SELECT a.id FROM Account a WHERE a.id IN :ids AND a.enabled = TRUE", Long.class)
                    .setParameter("ids", accountIds).getResultList());
            members.values().stream().filter(m -> enabled.contains(m.getAccountId())).forEach(m -> withLogin.add(m.getId()));
        }
        // a holder on leave from their seat acts for no other seat meanwhile either
        Set<Long> onLeave = new HashSet<>();
        for (SeatAbsence leave : leaves) {
            seats.stream().filter(s -> s.getId().equals(leave.getSeatId()) && leave.getMemberId().equals(s.getHolderId()))
                    .forEach(s -> onLeave.add(leave.getMemberId()));
        }
        Map<Long, SeatActing.Voice> voices = new LinkedHashMap<>();
        for (BoardSeat seat : seats) {
            List<SeatActing.Leave> holderLeaves = leaves.stream().filter(l -> l.getSeatId().equals(seat.getId())
                    && l.getMemberId().equals(seat.getHolderId())).map(l -> new SeatActing.Leave(l.getFrom(), l.getTo()))
                    .toList();
            SeatActing.on(day, seat.getHolderId(), seat.getAlternateId(), holderLeaves, id -> members.containsKey(id)
                    && members.get(id).getStatus().current() && withLogin.contains(id) && !onLeave.contains(id))
                    .ifPresent(voice -> voices.put(seat.getId(), voice));
        }
        return voices;
    }

    @Override
    public Map<Long, Long> voters() {
        return RenderMemo.of(new Voters(), this::readVoters);
    }

    private Map<Long, Long> readVoters() {
        Map<Long, SeatActing.Voice> voices = voices(time.today());
        Map<Long, Long> accounts = accountsOf(voices.values().stream().map(SeatActing.Voice::memberId).collect(Collectors.toSet()));
        Map<Long, Long> voters = new LinkedHashMap<>();
        voices.forEach((seat, voice) -> voters.put(seat, accounts.get(voice.memberId())));
        return Collections.unmodifiableMap(voters);
    }

    @Override
    public List<Account> seated() {
        Set<Long> accountIds = Set.copyOf(voters().values());
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class).setParameter("ids", accountIds)
                .getResultList().stream().sorted(Comparator.comparing(Account::getEmail)).toList();
    }

    @Override
    public Optional<String> whyNotVoting(long accountId) {
        LocalDate today = time.today();
        List<Member> member = em.createQuery("SELECT m FROM Member m WHERE m.accountId = :a", Member.class)
                .setParameter("a", accountId).getResultList();
        if (member.isEmpty()) {
            return Optional.empty();
        }
        long memberId = member.get(0).getId();
        List<BoardSeat> held = em.createQuery("SELECT s FROM BoardSeat s WHERE s.holderId = :m", BoardSeat.class)
                .setParameter("m", memberId).getResultList();
        if (held.isEmpty()) {
            return Optional.empty();
        }
        BoardSeat seat = held.get(0);
        Optional<SeatAbsence> leave = em.createQuery("SELECT a FROM SeatAbsence a WHERE a.seatId = :s AND a.memberId = :m "
                + "AND a.startsOn <= :d AND a.endsOn >= :d", SeatAbsence.class).setParameter("s", seat.getId())
                .setParameter("m", memberId).setParameter("d", today).getResultStream().findFirst();
        if (leave.isEmpty()) {
            return Optional.of("You hold seat " + seat.getPosition() + " but cannot vote today (no enabled login).");
        }
        SeatActing.Voice voice = voices(today).get(seat.getId());
        String who = voice == null ? "nobody votes for the seat meanwhile (it has no alternate who can act)"
                : "the alternate " + em.find(Member.class, voice.memberId()).fullName() + " votes for the seat meanwhile";
        return Optional.of("You are on leave until " + leave.get().getTo() + ": " + who
                + ". A vote cast for the seat during your leave stands; you may change it once you are back.");
    }

    private Map<Long, Long> accountsOf(Set<Long> memberIds) {
        Map<Long, Long> accounts = new HashMap<>();
        if (!memberIds.isEmpty()) {
            em.createQuery("SELECT m FROM Member m WHERE m.id IN :ids", Member.class).setParameter("ids", memberIds)
                    .getResultList().forEach(m -> accounts.put(m.getId(), m.getAccountId()));
        }
        return accounts;
    }
}
