package org.partnershipsteward.health.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipsteward.board.entity.ActingPeriod;
import org.partnershipsteward.board.entity.BoardSeat;
import org.partnershipsteward.board.entity.SeatAbsence;
import org.partnershipsteward.board.entity.SeatTenure;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.platform.time.PartnershipTime;
import org.partnershipsteward.summit.control.CadenceRules;
import org.partnershipsteward.health.control.Facts;
import org.partnershipsteward.health.control.Facts.MemberFact;
import org.partnershipsteward.health.control.Facts.SummitFact;
import org.partnershipsteward.health.control.Facts.TopicFact;
import org.partnershipsteward.health.control.ScorecardCalculator;
import org.partnershipsteward.membership.entity.ExecutiveLevel;
import org.partnershipsteward.membership.control.RosterPolicy;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.organization.entity.Sector;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.summit.entity.AgendaItem;
import org.partnershipsteward.summit.entity.Summit;

/**
 * The key-ingredient scorecard for the board: reads the system's own records into plain facts and lets
 * the pure calculator measure them. Read-only.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
public class Health {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnershipTime time;

    @Inject
    Bylaws bylaws;

    @Inject
    PartnershipConfig config;

    @Inject
    @Any
    Instance<TopicDemand> topicSources;

    @Inject
    @Any
    Instance<ActionRecords> actionSources;

    @Inject
    @Any
    Instance<DrillRecords> drillSources;

    public ScorecardCalculator.Scorecard scorecard() {
        return new ScorecardCalculator(facts(), today(), config.healthPeriods()).compute();
    }

    /** Members per criterion today, shown beside the "criteria represented" measure. */
    public Map<String, Long> criterionMix() {
        return org.partnershipsteward.health.control.CompositionMeasures.criterionMix(facts().members(), today());
    }

    Facts.All facts() {
        ZoneId zone = config.zone();
        Map<Long, Organization> organizations = em.createQuery("SELECT o FROM Organization o", Organization.class)
                .getResultStream().collect(Collectors.toMap(Organization::getId, o -> o));
        List<Member> members = em.createQuery("SELECT m FROM Member m", Member.class).getResultList();
        List<MemberFact> memberFacts = members.stream().map(m -> new MemberFact(m.getId(), m.getOrganizationId(),
                m.getCriterion().name(), organizations.get(m.getOrganizationId()).getSector() == Sector.PUBLIC,
                m.getJoinedOn(), m.getStatus().current() ? null : leftOn(m), m.getExecutiveLevel() == ExecutiveLevel.CONFIRMED))
                .toList();

        Map<Long, Set<Long>> attendance = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT summit_id, member_id FROM attendance").getResultList();
        for (Object[] row : rows) {
            attendance.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashSet<>()).add(((Number) row[1]).longValue());
        }
        List<Summit> summits = em.createQuery("SELECT s FROM Summit s", Summit.class).getResultList();
        Map<Long, LocalDate> summitDays = new HashMap<>();
        List<SummitFact> summitFacts = new ArrayList<>();
        for (Summit s : summits) {
            LocalDate day = s.getStartsAt().atZone(zone).toLocalDate();
            summitDays.put(s.getId(), day);
            summitFacts.add(new SummitFact(s.getId(), day, s.isCancelled(), attendance.getOrDefault(s.getId(), Set.of())));
        }

        List<Facts.TenureFact> tenures = em.createQuery("SELECT t FROM SeatTenure t", SeatTenure.class).getResultStream()
                .map(t -> new Facts.TenureFact(t.getMemberId(), t.getTermStart(), t.getEndedOn())).toList();
        List<Facts.SeatFact> seats = em.createQuery("SELECT s FROM BoardSeat s", BoardSeat.class).getResultStream()
                .map(s -> new Facts.SeatFact(!s.isVacant(), s.getAlternateId() != null)).toList();
        List<Facts.OrganizationFact> organizationFacts = organizations.values().stream()
                .map(o -> new Facts.OrganizationFact(o.getId(), o.getPrimaryContactId() != null, o.getAlternateContactId() != null))
                .toList();
        int secretariat = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM account a JOIN account_role r ON r.account_id = a.id "
                + "WHERE r.role = ? AND a.enabled = TRUE").setParameter(1, Roles.SECRETARIAT).getSingleResult()).intValue();

        // topics: what members proposed for agendas (and what other sources, e.g. surveys, report), and what agendas held
        Set<String> memberEmails = members.stream().map(Member::getEmail).collect(Collectors.toSet());
        List<AgendaItem> items = em.createQuery("SELECT i FROM AgendaItem i", AgendaItem.class).getResultList();
        List<TopicFact> requested = new ArrayList<>(items.stream().filter(i -> memberEmails.contains(i.getProposedBy()))
                .map(i -> new TopicFact(i.getTopic(), i.getCreatedAt().atZone(zone).toLocalDate())).toList());
        requested.addAll(gathered(topicSources, TopicDemand::requestedTopics));
        Set<Long> cancelled = summits.stream().filter(Summit::isCancelled).map(Summit::getId).collect(Collectors.toSet());
        List<TopicFact> agenda = items.stream().filter(i -> i.getStatus() == AgendaItem.Status.ACCEPTED
                && !cancelled.contains(i.getSummitId())).map(i -> new TopicFact(i.getTopic(), summitDays.get(i.getSummitId())))
                .toList();

        LocalDate founded = config.foundedOn().orElse(members.stream().map(Member::getJoinedOn).min(LocalDate::compareTo)
                .orElse(null));
        return new Facts.All(memberFacts, summitFacts, tenures, seats, organizationFacts, secretariat, requested, agenda,
                founded, CadenceRules.of(bylaws.current()).minPerYear(), gathered(actionSources, ActionRecords::actions),
                roster(members), gathered(drillSources, DrillRecords::drills), cover(seats.size()));
    }

    /** The board's cover over time: tenures, leaves (last day included, so until the day after) and acting periods. */
    private Facts.BoardCover cover(int seatCount) {
        List<Facts.SeatInterval> held = em.createQuery("SELECT t FROM SeatTenure t", SeatTenure.class).getResultStream()
                .map(t -> new Facts.SeatInterval(t.getSeatId(), t.getTermStart(), t.getEndedOn() != null ? t.getEndedOn()
                        : t.getTermEnd().plusDays(1))).toList();
        List<Facts.SeatInterval> leaves = em.createQuery("SELECT a FROM SeatAbsence a", SeatAbsence.class).getResultStream()
                .map(a -> new Facts.SeatInterval(a.getSeatId(), a.getFrom(), a.getTo().plusDays(1))).toList();
        List<Facts.SeatInterval> acting = em.createQuery("SELECT p FROM ActingPeriod p", ActingPeriod.class).getResultStream()
                .map(p -> new Facts.SeatInterval(p.getSeatId(), p.getStartedOn(), p.getEndedOn())).toList();
        return new Facts.BoardCover(seatCount, held, leaves, acting);
    }

    /** Each current member's emergency roster entry, as the roster's rule reads it. */
    private List<RosterPolicy.Entry> roster(List<Member> members) {
        return members.stream().filter(m -> m.getStatus().current()).map(m -> new RosterPolicy.Entry(m.hasEmergencyContacts(),
                m.getEmergencyConfirmedAt() == null ? null : m.getEmergencyConfirmedAt().atZone(config.zone()).toLocalDate()))
                .toList();
    }

    /** What every component that contributes to an extension point reports, in one list. */
    private static <S, F> List<F> gathered(Instance<S> sources, java.util.function.Function<S, List<F>> facts) {
        List<F> all = new ArrayList<>();
        for (S source : sources) {
            all.addAll(facts.apply(source));
        }
        return all;
    }

    /** A member who no longer belongs but has no recorded leaving date counts as leaving today. */
    private LocalDate leftOn(Member m) {
        return m.getLeftOn() != null ? m.getLeftOn() : today();
    }

    public LocalDate today() {
        return time.today();
    }
}
