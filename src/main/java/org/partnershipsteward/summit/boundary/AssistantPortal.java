package org.partnershipsteward.summit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnershipsteward.membership.boundary.Assistants;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.summit.control.SharingPolicy;
import org.partnershipsteward.summit.entity.Rsvp;
import org.partnershipsteward.summit.entity.Summit;
import org.partnershipsteward.summit.entity.SummitStatus;

/**
 * What an assistant sees (issue 17): their principals' upcoming summits, each agenda as {@link SharingPolicy} gives
 * it to an assistant (never a TLP:RED or TLP:AMBER+STRICT item's title), and each principal's answer so far.
 * Nothing of other members: only the assistant's own principals' answers.
 */
@Stateless
@RolesAllowed(Roles.ASSISTANT)
public class AssistantPortal {

    @PersistenceContext
    EntityManager em;

    @Inject
    Assistants assistants;

    @Inject
    SharedAgenda sharedAgenda;

    @Inject
    Clock clock;

    /** A principal's answer to one summit; {@code response} is null while they have not answered. */
    public record PrincipalAnswer(long memberId, String name, String response, String status, String answeredBy,
            Instant answeredAt) {
    }

    /** An upcoming summit with what an assistant may read of its agenda and their principals' answers. */
    public record UpcomingSummit(long id, String title, Instant startsAt, String venue, Instant rsvpDeadline,
            boolean deadlinePassed, String agenda, boolean restricted, List<PrincipalAnswer> principals) {
    }

    /** The principals' upcoming summits (scheduled, not yet begun), soonest first. */
    public List<UpcomingSummit> upcoming() {
        List<Member> principals = assistants.principals();
        if (principals.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Summit> summits = em.createQuery("SELECT s FROM Summit s WHERE s.status = :st AND s.startsAt > :now "
                + "ORDER BY s.startsAt", Summit.class).setParameter("st", SummitStatus.SCHEDULED).setParameter("now", now)
                .getResultList();
        List<Long> ids = principals.stream().map(Member::getId).toList();
        return summits.stream().map(s -> {
            Map<Long, Rsvp> answers = em.createQuery("SELECT r FROM Rsvp r WHERE r.summitId = :s AND r.memberId IN :m",
                    Rsvp.class).setParameter("s", s.getId()).setParameter("m", ids).getResultStream()
                    .collect(Collectors.toMap(Rsvp::getMemberId, Function.identity()));
            var agenda = sharedAgenda.of(s, SharingPolicy.Audience.ASSISTANT_COPY);
            return new UpcomingSummit(s.getId(), s.getTitle(), s.getStartsAt(), s.getVenue(), s.getRsvpDeadline(),
                    now.isAfter(s.getRsvpDeadline()), agenda.map(SharingPolicy.Text::lines).orElse(null),
                    agenda.map(SharingPolicy.Text::restricted).orElse(false),
                    principals.stream().map(m -> answer(m, answers.get(m.getId()))).toList());
        }).toList();
    }

    private static PrincipalAnswer answer(Member m, Rsvp r) {
        return r == null ? new PrincipalAnswer(m.getId(), m.fullName(), null, null, null, null)
                : new PrincipalAnswer(m.getId(), m.fullName(), r.getResponse().name(), r.getStatus().name(),
                        r.getAnsweredBy(), r.getUpdatedAt());
    }
}
