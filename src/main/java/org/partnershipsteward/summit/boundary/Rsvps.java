package org.partnershipsteward.summit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.membership.boundary.Assistants;
import org.partnershipsteward.membership.control.Delegation;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.security.MemberLinks;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.summit.control.RsvpPolicy;
import org.partnershipsteward.summit.entity.Rsvp;
import org.partnershipsteward.summit.entity.RsvpResponse;
import org.partnershipsteward.summit.entity.RsvpStatus;
import org.partnershipsteward.summit.entity.Summit;

/**
 * Answers to a summit's invitation: the member's own, the secretariat's for a member, and those given through an
 * RSVP link (no login). Capacity and the waitlist are {@link RsvpPolicy}'s; every answer locks the summit's row,
 * so concurrent answers never give away more seats than there are nor lose an answer. Inside that lock: the seat
 * decision, the answer, its audit entry and the mark that its confirmation is due; the confirmation mail itself
 * follows the commit ({@link RsvpConfirmations}).
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
public class Rsvps {

    @Inject
    Assistants assistants;

    @Inject
    MemberLinks links;

    @PersistenceContext
    EntityManager em;

    @Inject
    SummitRecords records;

    @Inject
    Waitlist waitlist;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<RsvpAnswered> answered;

    /** A summit and member named by an RSVP link, with the answer so far. */
    public record TokenTarget(Summit summit, Member member, Rsvp rsvp) {
    }

    /** The signed-in member answers for themself. After the deadline changes go through the secretariat (409). */
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public Rsvp answer(long summitId, String response) {
        String email = records.caller().getEmail();
        Member me = em.createQuery("SELECT m FROM Member m WHERE m.email = :e", Member.class)
                .setParameter("e", email).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("member for the signed-in account", email));
        return record(summitId, me.getId(), parse(response), me.getEmail(), false);
    }

    /**
     * An assistant answers for a principal, within the deadline like the member (403 for a member they do not
     * assist). The answer records who gave it ("Pat Lee (assistant)"); the audit says "by ... for ...".
     */
    @RolesAllowed(Roles.ASSISTANT)
    public Rsvp answerAsAssistant(long summitId, long memberId, String response) {
        RsvpResponse parsed = parse(response);
        Member principal = assistants.actFor(memberId);
        records.byId(summitId); // an unknown summit is a 404 before the lock
        return record(summitId, principal.getId(), parsed, Delegation.answeredBy(assistants.me().fullName()), false);
    }

    /** The secretariat records an answer for a member, also after the deadline. */
    @RolesAllowed(Roles.SECRETARIAT)
    public Rsvp answerFor(long summitId, long memberId, String response) {
        return record(summitId, memberId, parse(response), audit.actor(), true);
    }

    /** What an RSVP link names, without changing anything (mail scanners follow links). */
    @PermitAll
    public Optional<TokenTarget> resolve(String token) {
        return links.resolve(MemberLinks.Kind.RSVP, token).flatMap(t -> {
            Member member = em.find(Member.class, t.memberId());
            if (!current(member)) {
                return Optional.empty(); // who left the partnership: the link no longer works
            }
            Summit summit = em.find(Summit.class, t.subjectId());
            return Optional.of(new TokenTarget(summit, member, rsvp(summit.getId(), member.getId()).orElse(null)));
        });
    }

    private static boolean current(Member member) {
        return member != null && member.getStatus().current();
    }

    /**
     * Records the answer given through an RSVP link (the member or their assistant, no login): recorded as "link",
     * since nobody can know who clicked; an assistant who signs in answers as themself ({@link #answerAsAssistant}).
     */
    @PermitAll
    public Optional<Rsvp> answerByLink(String token, String response, String by) {
        // only the link's ids (and whether its member is still current) before the lock: no summit or answer may sit
        // in the persistence context older than it
        return links.resolve(MemberLinks.Kind.RSVP, token).filter(t -> current(em.find(Member.class, t.memberId())))
                .map(t -> record(t.subjectId(), t.memberId(), parse(response), by == null || by.isBlank() ? "link" : by, false));
    }

    private Rsvp record(long summitId, long memberId, RsvpResponse response, String by, boolean override) {
        Summit summit = records.lock(summitId);
        SummitRecords.refuseCancelled(summit);
        if (!override && clock.instant().isAfter(summit.getRsvpDeadline())) {
            throw new ConflictException("The answer deadline has passed; please ask the secretariat");
        }
        Member member = em.find(Member.class, memberId);
        if (member == null || !member.getStatus().current()) {
            throw new UnknownEntityException("current member", memberId);
        }
        Rsvp existing = rsvp(summitId, memberId).orElse(null);
        Rsvp rsvp = existing != null ? existing : new Rsvp(summitId, memberId);
        RsvpStatus before = rsvp.getStatus();
        long confirmedOthers = count(summitId, RsvpStatus.CONFIRMED) - (before == RsvpStatus.CONFIRMED ? 1 : 0);
        RsvpStatus status = RsvpPolicy.decide(response, before == RsvpStatus.CONFIRMED, (int) confirmedOthers, summit.getCapacity());
        // the line's next number is read only for a place on the waitlist: one MAX under the lock, not every answer
        long nextInLine = status == RsvpStatus.WAITLISTED ? RsvpPolicy.nextInLine(highestInLine(summitId)) : 0;
        rsvp.answer(response, status, nextInLine, by, clock.instant());
        rsvp.owesConfirmation();
        if (existing == null) {
            em.persist(rsvp);
        }
        em.flush();
        audit.record("RSVP", "Summit", summitId, member.fullName() + ": " + response + " → " + status + " ("
                + Delegation.onBehalf(by, member.fullName()) + ")");
        // the confirmation mail (calendar entry, assistants' copies) is composed once this transaction has committed
        // and released the summit's lock: the answer is marked due above, with it (Rsvp.owesConfirmation), and
        // RsvpConfirmations clears the mark in the transaction that composes the mail; a failure or crash in between
        // leaves the mark for the sweep, so no answer goes unconfirmed
        answered.fire(new RsvpAnswered(rsvp.getId()));
        if (before != null && RsvpPolicy.freesSeat(before, status)) {
            waitlist.fillFreeSeats(summit, "a seat was freed");
        }
        return rsvp;
    }

    /** A summit's answers: seats first, then the waitlist in its order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Rsvp> rsvps(long summitId) {
        records.byId(summitId);
        return records.answers(summitId);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Rsvp> rsvp(long summitId, long memberId) {
        return em.createQuery("SELECT r FROM Rsvp r WHERE r.summitId = :s AND r.memberId = :m", Rsvp.class)
                .setParameter("s", summitId).setParameter("m", memberId).getResultStream().findFirst();
    }

    /** The highest waitlist number given out for the summit and still held; null when nobody holds one. */
    private Long highestInLine(long summitId) {
        return em.createQuery("SELECT MAX(r.waitlistPosition) FROM Rsvp r WHERE r.summitId = :s", Long.class)
                .setParameter("s", summitId).getSingleResult();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(long summitId, RsvpStatus status) {
        return em.createQuery("SELECT COUNT(r) FROM Rsvp r WHERE r.summitId = :s AND r.status = :st", Long.class)
                .setParameter("s", summitId).setParameter("st", status).getSingleResult();
    }

    private static RsvpResponse parse(String response) {
        try {
            return RsvpResponse.valueOf(response);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(Map.of("response", "must be one of YES, NO, MAYBE"));
        }
    }
}
