package org.partnershipsteward.health.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnershipsteward.ballot.boundary.BoardRoster;
import org.partnershipsteward.board.entity.BoardSeat;
import org.partnershipsteward.health.control.ResiliencyMeasures;
import org.partnershipsteward.membership.boundary.Applications;
import org.partnershipsteward.membership.boundary.ContactConfirmations;
import org.partnershipsteward.membership.boundary.Roster;
import org.partnershipsteward.membership.control.ApplicationQueue;
import org.partnershipsteward.membership.control.RosterPolicy;
import org.partnershipsteward.membership.entity.Application;
import org.partnershipsteward.membership.entity.ApplicationStatus;
import org.partnershipsteward.membership.entity.ExecutiveLevel;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.notice.entity.Notice;
import org.partnershipsteward.notice.entity.NoticeStatus;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.web.Labels;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.platform.time.PartnershipTime;
import org.partnershipsteward.summit.entity.AgendaStatus;
import org.partnershipsteward.summit.entity.RsvpStatus;
import org.partnershipsteward.summit.entity.Summit;

/**
 * The secretariat's hand-over view: everything in flight in one place, each item with the page where
 * it is handled, so that a new staffer can take over from here alone. Other components add sections
 * through {@link HandoverSection} beans (open compliance cases come from the compliance component).
 */
@Stateless
@RolesAllowed(Roles.SECRETARIAT)
public class Handover {

    private static final int MAX_ITEMS = 200;

    private static final String APPLICATIONS_PAGE = "/secretariat/applications.xhtml";

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnershipTime time;

    @Inject
    ContactConfirmations contacts;

    @Inject
    BoardRoster roster;

    @Inject
    Roster emergencyRoster;

    @Inject
    PartnershipConfig config;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<HandoverSection> contributed;

    /** A section as shown, with its items (at most {@value #MAX_ITEMS}). */
    public record Section(String key, String title, String link, List<HandoverItem> items) {
    }

    public List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        sections.add(section("applications", "Applications waiting for the secretariat or the board", APPLICATIONS_PAGE, applications()));
        sections.add(section("agendas", "Agendas waiting", "/summits/index.xhtml", agendas()));
        sections.add(section("notices", "Notices failed or still pending", "/secretariat/notices.xhtml", notices()));
        sections.add(section("terms", "Board terms ending and vacant seats", "/secretariat/seats.xhtml", terms()));
        sections.add(section("summits", "Next summits and their answers", "/summits/index.xhtml", summits()));
        sections.add(section("contacts", "Contact details not confirmed within "
                + config.contactsConfirmEveryDays() + " days", "/members/index.xhtml", staleContacts()));
        sections.add(roster());
        sections.add(section("bounces", "Addresses the mail server refused", "/secretariat/notices.xhtml", bounces()));
        sections.add(section("executive-level", "Executive level to review after a change of position",
                "/members/index.xhtml", executiveReviews()));
        List<HandoverSection> others = new ArrayList<>();
        contributed.forEach(others::add);
        others.sort(Comparator.comparingInt(HandoverSection::order));
        for (HandoverSection s : others) {
            sections.add(section(s.key(), s.title(), s.link(), s.items()));
        }
        return sections;
    }

    private static Section section(String key, String title, String link, List<HandoverItem> items) {
        return new Section(key, title, link, items.size() > MAX_ITEMS ? items.subList(0, MAX_ITEMS) : items);
    }

    /**
     * Open applications, those waiting for the secretariat first (a finding to settle: the board is not asked until
     * it is), then those with the board and how many seated members voted.
     */
    private List<HandoverItem> applications() {
        int seated = roster.seated().size();
        List<Application> open = em.createQuery("SELECT a FROM Application a WHERE a.status IN :open ORDER BY a.createdAt",
                Application.class).setParameter("open", List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW))
                .getResultList();
        Map<Long, Long> votes = votesPerApplication();
        List<HandoverItem> secretariat = new ArrayList<>();
        List<HandoverItem> board = new ArrayList<>();
        for (Application a : open) {
            String title = a.getFullName() + ", " + a.getTitle();
            if (Applications.waitsFor(a) == ApplicationQueue.WaitsFor.SECRETARIAT) {
                String finding = ApplicationQueue.toReview(Applications.findings(a))
                        .map(f -> ": settle the " + f.rule() + " finding (" + f.reason() + ")").orElse("");
                secretariat.add(new HandoverItem(title, "submitted " + day(a.getCreatedAt())
                        + "; waits for the secretariat's review" + finding, APPLICATIONS_PAGE, null));
            } else {
                board.add(new HandoverItem(title, "with the board: " + votes.getOrDefault(a.getId(), 0L) + " of " + seated
                        + " seated members voted", APPLICATIONS_PAGE, null));
            }
        }
        secretariat.addAll(board);
        return secretariat;
    }

    private Map<Long, Long> votesPerApplication() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT subject_id, COUNT(*) FROM board_vote WHERE subject_kind = 'APPLICATION' GROUP BY subject_id")
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
    }

    private List<HandoverItem> agendas() {
        List<HandoverItem> items = new ArrayList<>();
        for (Summit s : upcoming()) {
            AgendaStatus status = s.getAgendaStatus();
            String detail = switch (status) {
                case DRAFT -> "agenda in draft: complete it and submit it to the board";
                case SUBMITTED -> "agenda submitted: " + agendaVotes(s) + " of " + roster.seated().size() + " seated board members voted";
                case APPROVED -> "agenda approved: publish it to send the invitations";
                default -> null;
            };
            if (detail != null) {
                items.add(new HandoverItem(s.getTitle(), detail, summitLink(s), day(s.getStartsAt())));
            }
        }
        return items;
    }

    private long agendaVotes(Summit s) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM board_vote WHERE subject_kind = 'AGENDA' "
                + "AND subject_id = ? AND subject_round = ?")
                .setParameter(1, s.getId()).setParameter(2, s.getAgendaRound()).getSingleResult()).longValue();
    }

    private List<HandoverItem> notices() {
        List<HandoverItem> items = new ArrayList<>();
        long pending = em.createQuery("SELECT COUNT(n) FROM Notice n WHERE n.status IN :pending", Long.class)
                .setParameter("pending", List.of(NoticeStatus.PENDING, NoticeStatus.SENDING)).getSingleResult();
        if (pending > 0) {
            items.add(new HandoverItem(pending + " notice(s) waiting to be sent",
                    "the relay sends them and retries on its own; look again if the number does not go down",
                    "/secretariat/notices.xhtml", null));
        }
        em.createQuery("SELECT n FROM Notice n WHERE n.status = :failed ORDER BY n.createdAt DESC", Notice.class)
                .setParameter("failed", NoticeStatus.FAILED).setMaxResults(MAX_ITEMS).getResultStream()
                .forEach(n -> items.add(new HandoverItem(Labels.label(n.getKind()) + " to " + n.getRecipientEmail(),
                        "failed after " + n.getAttempts() + " attempt(s): " + n.getLastError(), "/secretariat/notices.xhtml", null)));
        return items;
    }

    private List<HandoverItem> terms() {
        LocalDate horizon = today().plusDays(config.handoverHorizonDays());
        List<HandoverItem> items = new ArrayList<>();
        for (BoardSeat seat : em.createQuery("SELECT s FROM BoardSeat s ORDER BY s.position", BoardSeat.class).getResultList()) {
            if (seat.isVacant()) {
                items.add(new HandoverItem(Labels.label(seat.getSeatType()) + " (seat " + seat.getPosition() + ")",
                        "vacant" + (seat.getVacantSince() == null ? "" : " since " + seat.getVacantSince())
                                + (seat.getAlternateId() == null ? "; no alternate covers it" : "; the alternate covers it"),
                        "/secretariat/seats.xhtml", null));
            } else if (seat.getTermEnd() != null && !seat.getTermEnd().isAfter(horizon)) {
                Member holder = em.find(Member.class, seat.getHolderId());
                items.add(new HandoverItem(Labels.label(seat.getSeatType()) + " (seat " + seat.getPosition() + ")",
                        "term of " + holder.fullName() + " ends; prepare the renewal or the successor",
                        "/secretariat/seats.xhtml", seat.getTermEnd().toString()));
            }
        }
        return items;
    }

    private List<HandoverItem> summits() {
        List<HandoverItem> items = new ArrayList<>();
        long members = em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.status IN :current", Long.class)
                .setParameter("current", MemberStatus.CURRENT).getSingleResult();
        for (Summit s : upcoming()) {
            Map<RsvpStatus, Long> counts = rsvpCounts(s.getId());
            long answered = counts.values().stream().mapToLong(Long::longValue).sum();
            String detail = s.isPublishedOnce()
                    ? "attending " + counts.getOrDefault(RsvpStatus.CONFIRMED, 0L) + " of " + s.getCapacity() + " seats, maybe "
                            + counts.getOrDefault(RsvpStatus.TENTATIVE, 0L) + ", not attending "
                            + counts.getOrDefault(RsvpStatus.DECLINED, 0L) + ", waitlist "
                            + counts.getOrDefault(RsvpStatus.WAITLISTED, 0L) + ", no answer yet " + Math.max(0, members - answered)
                            + "; answers close " + day(s.getRsvpDeadline())
                    : "not published yet: invitations go out when the approved agenda is published";
            items.add(new HandoverItem(s.getTitle(), detail + " (" + s.getVenue() + ")", summitLink(s), day(s.getStartsAt())));
        }
        return items;
    }

    private Map<RsvpStatus, Long> rsvpCounts(long summitId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT status, COUNT(*) FROM rsvp WHERE summit_id = ? GROUP BY status")
                .setParameter(1, summitId).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> RsvpStatus.valueOf((String) r[0]), r -> ((Number) r[1]).longValue()));
    }

    private List<HandoverItem> staleContacts() {
        return contacts.stale().stream().map(s -> new HandoverItem(s.member().fullName() + " <" + s.member().getEmail() + ">",
                (s.member().getContactConfirmedAt() == null ? "never confirmed"
                        : "last confirmed " + day(s.member().getContactConfirmedAt()))
                        + (s.lastAskedOn() == null ? "; not asked yet" : "; asked on " + s.lastAskedOn() + ", no answer"),
                memberLink(s.member().getId()), null)).toList();
    }

    /**
     * The emergency roster: the share of current members with an entry confirmed within the roster's period
     * in the title (the scorecard's Resiliency measure), and who is missing or overdue.
     */
    private Section roster() {
        List<Member> current = em.createQuery("SELECT m FROM Member m WHERE m.status IN :current", Member.class)
                .setParameter("current", MemberStatus.CURRENT).getResultList();
        LocalDate today = today();
        Double share = ResiliencyMeasures.membersOnRoster(current.stream().map(m -> new RosterPolicy.Entry(
                m.hasEmergencyContacts(), m.getEmergencyConfirmedAt() == null ? null
                        : m.getEmergencyConfirmedAt().atZone(config.zone()).toLocalDate())).toList(), today);
        String title = "Emergency roster: " + (share == null ? "no members yet" : String.format(java.util.Locale.ROOT, "%.0f %%", share)
                + " of members confirmed in the last " + RosterPolicy.VALID_MONTHS + " months");
        List<HandoverItem> items = emergencyRoster.notCurrent().stream().map(m -> new HandoverItem(m.fullName(),
                m.hasEmergencyContacts() ? "24/7 contacts last confirmed " + day(m.getEmergencyConfirmedAt())
                        + "; the dashboard asks them to confirm" : "no 24/7 contacts on the roster yet",
                memberLink(m.getId()), null)).toList();
        return section("roster", title, "/directory.xhtml", items);
    }

    private List<HandoverItem> bounces() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT b.email, b.reason, m.id FROM mail_bounce b LEFT JOIN member m ON m.email = b.email "
                + "ORDER BY b.email").setMaxResults(MAX_ITEMS).getResultList();
        return rows.stream().map(r -> new HandoverItem((String) r[0], "refused by the mail server: " + r[1],
                r[2] == null ? "/secretariat/notices.xhtml" : memberLink(((Number) r[2]).longValue()), null)).toList();
    }

    private List<HandoverItem> executiveReviews() {
        return em.createQuery("SELECT m FROM Member m WHERE m.executiveLevel = :review AND m.status IN :current "
                + "ORDER BY m.lastName", Member.class).setParameter("review", ExecutiveLevel.NEEDS_REVIEW)
                .setParameter("current", MemberStatus.CURRENT).getResultStream()
                .map(m -> new HandoverItem(m.fullName() + ", " + m.getTitle(),
                        m.getExecutiveNote() == null ? "new position to check" : m.getExecutiveNote(), memberLink(m.getId()), null))
                .toList();
    }

    private List<Summit> upcoming() {
        Instant now = clock.instant();
        return em.createQuery("SELECT s FROM Summit s ORDER BY s.startsAt", Summit.class).getResultStream()
                .filter(s -> !s.isCancelled() && s.getEndsAt().isAfter(now)).toList();
    }

    private static String summitLink(Summit s) {
        return "/summits/view.xhtml?id=" + s.getId();
    }

    private static String memberLink(long id) {
        return "/members/view.xhtml?id=" + id;
    }

    private String day(Instant instant) {
        return instant.atZone(config.zone()).toLocalDate().toString();
    }

    private LocalDate today() {
        return time.today();
    }
}
