package org.partnershipsteward.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.board.boundary.Board;
import org.partnershipsteward.board.entity.ActingPeriod;
import org.partnershipsteward.board.entity.ActingReason;
import org.partnershipsteward.board.entity.BoardSeat;
import org.partnershipsteward.board.entity.SeatAbsence;
import org.partnershipsteward.ballot.entity.BoardVote;
import org.partnershipsteward.board.entity.ChairTermEntry;
import org.partnershipsteward.board.entity.SeatTenure;
import org.partnershipsteward.ballot.entity.SubjectKind;
import org.partnershipsteward.ballot.entity.VoteDecision;
import org.partnershipsteward.bylaws.entity.Criterion;
import org.partnershipsteward.health.boundary.Worksheets;
import org.partnershipsteward.health.control.WorksheetTemplate;
import org.partnershipsteward.health.entity.Worksheet;
import org.partnershipsteward.membership.boundary.ApplicationRequest;
import org.partnershipsteward.membership.boundary.Applications;
import org.partnershipsteward.membership.entity.EmergencyContacts;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.organization.entity.OrganizationKind;
import org.partnershipsteward.organization.entity.Sector;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.security.Account;
import org.partnershipsteward.platform.security.Accounts;
import org.partnershipsteward.platform.security.PasswordHasher;
import org.partnershipsteward.summit.entity.AgendaItem;
import org.partnershipsteward.summit.entity.AgendaStatus;
import org.partnershipsteward.summit.entity.Rsvp;
import org.partnershipsteward.summit.entity.RsvpResponse;
import org.partnershipsteward.summit.entity.RsvpStatus;
import org.partnershipsteward.summit.entity.Sharing;
import org.partnershipsteward.summit.entity.Summit;
import org.partnershipsteward.platform.security.Roles;

/**
 * Loads the fictional demo partnership ({@code demo/partnership.json}) into an empty database when
 * {@code partnership.demo-data=true}, and prints the demo logins at every start. Nothing else turns it on.
 */
@Singleton
@Startup
@DependsOn("BoardStartup")
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DemoData {

    @Inject
    org.partnershipsteward.obligation.boundary.Compliance compliance;

    @Inject
    org.partnershipsteward.obligation.boundary.PeriodClosing periodClosing;

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final String RESOURCE = "/demo/partnership.json";

    /** The demo partnership as stored in the resource file. */
    public record Demo(String note, List<DemoOrganization> organizations, List<DemoAccount> accounts,
            List<DemoMember> members, List<DemoApplication> applications, List<DemoChairTerm> chairTerms,
            List<DemoSummit> summits, List<DemoWorksheet> worksheets) {
    }

    /** A saved self-assessment of an earlier year. */
    public record DemoWorksheet(int year, Map<String, String> answers) {
    }

    /** A summit: past ones with attendance, the next one with its agenda before the board. */
    public record DemoSummit(String title, java.time.OffsetDateTime startsAt, java.time.OffsetDateTime endsAt, String venue,
            int capacity, java.time.OffsetDateTime rsvpDeadline, List<List<Object>> items, Double attendance,
            boolean submitted, List<String> votes) {
    }

    /** A board seat held by a demo member, in the order of the bylaws' seats. */
    public record DemoSeat(LocalDate termStart, LocalDate termEnd, String alternate) {
    }

    /** A past or running chair term. */
    public record DemoChairTerm(String member, LocalDate from, LocalDate to) {
    }

    /** One organisation of the demo. */
    public record DemoOrganization(String name, String sector, String kind, String region, boolean fortune500,
            boolean foundingSponsor) {
    }

    /** A login without a member record (the secretariat). */
    public record DemoAccount(String email, String name, Set<String> roles) {
    }

    /** A member with their login; {@code roles} adds BOARD for board members. */
    public record DemoMember(String firstName, String lastName, String email, String title, String organization,
            String criterion, LocalDate joinedOn, String status, Set<String> roles, String phone, String assistantName,
            String assistantEmail, DemoSeat seat, LocalDate contactConfirmedOn, String executiveReview) {
    }

    /** A pending application, with the votes already cast. */
    public record DemoApplication(String firstName, String lastName, String email, String title, String organization,
            String criterion, List<DemoVote> votes) {
    }

    /** A board member's vote on a demo application. */
    public record DemoVote(String voter, String decision, String comment) {
    }

    @Inject
    PartnershipConfig config;

    @Inject
    Accounts accounts;

    @Inject
    Applications applications;

    @Inject
    Board board;

    @Inject
    PasswordHasher hasher;

    private String demoHash;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    org.partnershipsteward.bylaws.boundary.Bylaws bylaws;

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void load() {
        if (!config.demoData()) {
            return;
        }
        Demo demo = read();
        demoHash = hasher.hash(config.demoPassword().toCharArray());
        long existing = em.createQuery("SELECT COUNT(o) FROM Organization o", Long.class).getSingleResult();
        if (existing == 0) {
            Map<String, Organization> organizations = organizations(demo);
            Map<String, Member> members = members(demo, organizations);
            DemoAssistants.load(em, accounts, demoHash, demo.members(), members, clock.instant());
            board(demo, members);
            applications(demo, organizations);
            summits(demo, members);
            DemoSurveys.load(em, List.copyOf(members.values()), clock.instant());
            DemoMinutes.load(em, members, clock.instant(), config.zone());
            DemoIncident.load(em, List.copyOf(members.values()), organizations, clock.instant());
            em.flush();
            // the partnership's recent history: two half-years closed, so the board has status changes to decide
            var lastEnded = compliance.currentPeriod().previous();
            periodClosing.recordHistory(lastEnded.previous().toString());
            periodClosing.recordHistory(lastEnded.toString());
            health(demo, members);
            audit.record("DEMO_DATA_LOADED", "Partnership", null, demo.note());
        }
        for (DemoAccount a : demo.accounts()) {
            Account account = accounts.createIfAbsentWithHash(a.email(), a.name(), a.roles(), demoHash);
            if (a.roles().contains(Roles.SECRETARIAT) && a.email().startsWith("secretariat@")) {
                DemoTokens.load(em, account, clock.instant(), config.zone(), config.demoPassword());
            }
        }
        printLogins(demo);
    }

    private Map<String, Organization> organizations(Demo demo) {
        Map<String, Organization> byName = new HashMap<>();
        for (DemoOrganization o : demo.organizations()) {
            Organization organization = new Organization(clock.instant());
            Map<String, String> errors = organization.describe(o.name(), Sector.valueOf(o.sector()),
                    OrganizationKind.valueOf(o.kind()), o.region(), o.fortune500(), o.foundingSponsor(), clock.instant());
            if (!errors.isEmpty()) {
                throw new IllegalStateException("Demo organization " + o.name() + " is invalid: " + errors);
            }
            em.persist(organization);
            byName.put(o.name(), organization);
        }
        em.flush();
        return byName;
    }

    private Map<String, Member> members(Demo demo, Map<String, Organization> organizations) {
        Map<String, Member> byEmail = new HashMap<>();
        int bylawsVersion = ((Number) em.createNativeQuery("SELECT MAX(version_number) FROM bylaws_version")
                .getSingleResult()).intValue();
        Map<Long, List<Long>> contacts = new HashMap<>();
        int index = 0;
        for (DemoMember d : demo.members()) {
            Organization organization = organization(organizations, d.organization());
            Set<String> roles = new LinkedHashSet<>(d.roles() == null ? Set.of(Roles.MEMBER) : d.roles());
            MemberStatus status = MemberStatus.valueOf(d.status());
            Account account = accounts.createIfAbsentWithHash(d.email(), d.firstName() + " " + d.lastName(), roles,
                    demoHash);
            Member member = new Member(d.firstName(), d.lastName(), Account.normalizeEmail(d.email()), d.title(),
                    organization.getId(), Criterion.valueOf(d.criterion()), d.joinedOn(), clock.instant());
            member.linkAccount(account.getId());
            member.updateContact(d.phone(), d.assistantName(), d.assistantEmail(), null, clock.instant());
            if (status != MemberStatus.ACTIVE) {
                member.changeStatus(status, LocalDate.now(clock).minusMonths(2), clock.instant());
            }
            if (!status.current()) {
                account.disable(); // a demo member who left signs in no more than a real one
            }
            directoryAndRoster(member, byEmail.size());
            em.persist(member);
            em.flush();
            topics(member, byEmail.size());
            byEmail.put(member.getEmail(), member);
            if (status.current()) {
                contacts.computeIfAbsent(organization.getId(), k -> new java.util.ArrayList<>()).add(member.getId());
                if (index++ % 6 != 5) { // most members acknowledged the bylaws in force; a few have not yet
                    em.createNativeQuery("INSERT INTO bylaws_acknowledgement (member_id, bylaws_version, acknowledged_at) "
                            + "VALUES (?, ?, ?)").setParameter(1, member.getId()).setParameter(2, bylawsVersion)
                            .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
                }
            }
        }
        contacts.forEach((organizationId, ids) -> em.find(Organization.class, organizationId)
                .assignContacts(ids.get(0), ids.size() > 1 ? ids.get(1) : null, clock.instant()));
        return byEmail;
    }

    /**
     * Sharing choices and emergency roster entries that vary from member to member (issue 19): a third share
     * email, phone, topics and their 24/7 contacts; a third keep the default (name, title, organisation) with a
     * roster entry they do not share; the rest have no roster entry. Some entries are older than a year, so the
     * dashboard asks those members to confirm and the hand-over lists them.
     */
    private void directoryAndRoster(Member member, int index) {
        java.time.Instant now = clock.instant();
        if (index % 3 == 0) {
            member.chooseSharing(new org.partnershipsteward.membership.entity.SharingChoices(true, true, true, true, true, true), now);
        }
        if (index % 3 != 2) {
            String n = String.format("%02d", index % 100);
            member.keepEmergencyContacts(new EmergencyContacts("+1 612 555 02" + n, index % 2 == 0 ? "+1 612 555 03" + n : null,
                    "Duty officer " + member.getLastName(), "+1 612 555 04" + n, null),
                    index % 4 == 1 ? now.minus(java.time.Duration.ofDays(400)) : now.minus(java.time.Duration.ofDays(30L * (index % 9))));
        }
    }

    /** Topics from the bylaws' list that demo members follow and can speak to. */
    private void topics(Member member, int index) {
        List<String> topics = bylaws.current().topics();
        for (int k = 0; k < 2; k++) {
            em.createNativeQuery("INSERT INTO member_topic (member_id, kind, topic) VALUES (?, ?, ?)").setParameter(1, member.getId())
                    .setParameter(2, "FOLLOWS").setParameter(3, topics.get((index + k) % topics.size())).executeUpdate();
        }
        if (index % 2 == 0) {
            em.createNativeQuery("INSERT INTO member_topic (member_id, kind, topic) VALUES (?, ?, ?)").setParameter(1, member.getId())
                    .setParameter(2, "SPEAKS").setParameter(3, topics.get(index % topics.size())).executeUpdate();
        }
    }

    /** Seats the demo board in the order of the bylaws' seats, records past chairs, plans the rotation. */
    private void board(Demo demo, Map<String, Member> members) {
        List<BoardSeat> seats = board.seats();
        int next = 0;
        for (DemoMember d : demo.members()) {
            if (d.seat() == null) {
                continue;
            }
            BoardSeat seat = seats.get(next++);
            Member holder = members.get(Account.normalizeEmail(d.email()));
            Member alternate = d.seat().alternate() == null ? null : members.get(d.seat().alternate());
            seat.seat(holder.getId(), alternate == null ? null : alternate.getId(), d.seat().termStart(),
                    d.seat().termEnd(), clock.instant());
            em.persist(new SeatTenure(seat.getId(), holder.getId(), d.seat().termStart(), d.seat().termEnd()));
        }
        em.flush();
        for (DemoChairTerm t : demo.chairTerms()) {
            Member chair = members.get(t.member());
            BoardSeat seat = seats.stream().filter(s -> chair.getId().equals(s.getHolderId())).findFirst().orElseThrow();
            em.persist(new ChairTermEntry(chair.getId(), seat.getId(), t.from(), t.to(), true));
        }
        em.flush();
        board.replan();
        leaveAndActing(seats, members);
    }

    /**
     * Issue 17: a Chief of Police on leave (from today for two weeks) with the alternate acting for the seat,
     * and in the FBI seat's history the deputy who acted for it while it was vacant before the SAC was seated.
     */
    private void leaveAndActing(List<BoardSeat> seats, Map<String, Member> members) {
        Member chief = members.get("chief.minneapolis@steward.example");
        Member deputy = members.get("sac.deputy@steward.example");
        Member sac = members.get("sac@steward.example");
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        seats.stream().filter(s -> chief.getId().equals(s.getHolderId())).findFirst().ifPresent(seat -> em.persist(
                new SeatAbsence(seat.getId(), chief.getId(), today, today.plusDays(14), "Executive course",
                        "secretariat@steward.example", clock.instant())));
        seats.stream().filter(s -> sac.getId().equals(s.getHolderId())).findFirst().ifPresent(seat -> {
            ActingPeriod past = new ActingPeriod(seat.getId(), deputy.getId(), ActingReason.VACANT, LocalDate.of(2023, 10, 2));
            past.end(LocalDate.of(2024, 1, 1));
            em.persist(past);
        });
        em.flush();
        board.reconcileActing("demo");
    }

    /** The seat the voter holds: demo votes are the holders' own. */
    private long seatOf(Account voter) {
        return board.seats().stream().filter(s -> s.getHolderId() != null
                && voter.getId().equals(em.find(Member.class, s.getHolderId()).getAccountId())).findFirst()
                .orElseThrow(() -> new IllegalStateException(voter.getEmail() + " holds no seat")).getId();
    }

    /** Past summits with agendas and attendance; the next summit's agenda waits for the board. */
    private void summits(Demo demo, Map<String, Member> members) {
        List<Member> current = members.values().stream().filter(m -> m.getStatus().current())
                .sorted(java.util.Comparator.comparing(Member::getId)).toList();
        for (DemoSummit d : demo.summits()) {
            var deadline = d.rsvpDeadline() != null ? d.rsvpDeadline() : d.startsAt().minusDays(7);
            Summit summit = new Summit(d.title(), d.startsAt().toInstant(), d.endsAt().toInstant(), d.venue(), d.capacity(),
                    deadline.toInstant(), clock.instant());
            em.persist(summit);
            em.flush();
            int position = 1;
            for (List<Object> i : d.items()) {
                String presenter = (String) i.get(2);
                // optional: the member who proposed the item (two months before the summit), and its status
                boolean proposed = i.size() > 5;
                AgendaItem.Status status = i.size() > 6 ? AgendaItem.Status.valueOf((String) i.get(6)) : AgendaItem.Status.ACCEPTED;
                em.persist(new AgendaItem(summit.getId(), (String) i.get(0), (String) i.get(1), presenter.isBlank() ? null : presenter,
                        ((Number) i.get(3)).intValue(), position++, status, Sharing.valueOf((String) i.get(4)),
                        proposed ? (String) i.get(5) : "secretariat@steward.example",
                        proposed ? d.startsAt().minusDays(60).toInstant() : clock.instant()));
            }
            if (d.attendance() != null) {
                summit.agenda(AgendaStatus.SUBMITTED, clock.instant());
                summit.agenda(AgendaStatus.APPROVED, clock.instant());
                summit.agenda(AgendaStatus.PUBLISHED, clock.instant());
                summit.firstPublication();
                int attending = (int) Math.round(current.size() * d.attendance());
                Set<Long> checkedIn = new java.util.HashSet<>();
                for (int k = 0; k < current.size(); k++) {
                    // a different slice of members each time, so that compliance varies
                    Member m = current.get((k + summit.getId().intValue() * 7) % current.size());
                    Rsvp rsvp = new Rsvp(summit.getId(), m.getId());
                    boolean yes = k < attending;
                    rsvp.answer(yes ? RsvpResponse.YES : RsvpResponse.NO, yes ? RsvpStatus.CONFIRMED : RsvpStatus.DECLINED, 0,
                            "demo", clock.instant());
                    em.persist(rsvp);
                    if (yes) {
                        checkIn(summit, m, d);
                        checkedIn.add(m.getId());
                    }
                }
                boardAttends(demo, members, summit, d, checkedIn);
            } else if (d.submitted()) {
                summit.agenda(AgendaStatus.SUBMITTED, clock.instant());
                for (String voter : d.votes() == null ? List.<String>of() : d.votes()) {
                    Account account = accounts.byEmail(voter).orElseThrow();
                    em.persist(new BoardVote(SubjectKind.AGENDA, summit.getId(), summit.getAgendaRound(), seatOf(account),
                            account.getId(), VoteDecision.APPROVE, "A strong programme", clock.instant()));
                }
            }
            em.flush();
        }
    }

    private void checkIn(Summit summit, Member m, DemoSummit d) {
        em.createNativeQuery("INSERT INTO attendance (summit_id, member_id, checked_in_at, checked_in_by) "
                + "VALUES (?, ?, ?, ?)").setParameter(1, summit.getId()).setParameter(2, m.getId())
                .setParameter(3, java.sql.Timestamp.from(d.startsAt().toInstant()))
                .setParameter(4, "secretariat@steward.example").executeUpdate();
    }

    /**
     * Board members come to summits (one of those seated on the day misses each one, in turn), so the
     * scorecard's board attendance looks like a working board. Only adds check-ins to the slice above.
     */
    private void boardAttends(Demo demo, Map<String, Member> members, Summit summit, DemoSummit d, Set<Long> checkedIn) {
        LocalDate day = d.startsAt().toLocalDate();
        List<Member> seated = demo.members().stream().filter(m -> m.seat() != null && !m.seat().termStart().isAfter(day))
                .map(m -> members.get(Account.normalizeEmail(m.email()))).toList();
        for (int i = 0; i < seated.size(); i++) {
            Member holder = seated.get(i);
            if (i != summit.getId().intValue() % Math.max(1, seated.size()) && checkedIn.add(holder.getId())) {
                checkIn(summit, holder, d);
            }
        }
    }

    /**
     * What the health pages show beyond the summits: details confirmed long ago, changed titles that wait
     * for the secretariat's look, and last year's self-assessment.
     */
    private void health(Demo demo, Map<String, Member> members) {
        for (DemoMember d : demo.members()) {
            Member member = members.get(Account.normalizeEmail(d.email()));
            if (d.contactConfirmedOn() != null) {
                em.createNativeQuery("UPDATE member SET contact_confirmed_at = ? WHERE id = ?")
                        .setParameter(1, Timestamp.from(d.contactConfirmedOn().atStartOfDay(config.zone()).toInstant()))
                        .setParameter(2, member.getId()).executeUpdate();
            }
            if (d.executiveReview() != null) {
                em.createNativeQuery("UPDATE member SET executive_level = 'NEEDS_REVIEW', executive_note = ? WHERE id = ?")
                        .setParameter(1, d.executiveReview()).setParameter(2, member.getId()).executeUpdate();
            }
        }
        for (DemoWorksheet w : demo.worksheets() == null ? List.<DemoWorksheet>of() : demo.worksheets()) {
            Map<String, String> problems = WorksheetTemplate.problems(w.answers());
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Demo worksheet " + w.year() + " is invalid: " + problems);
            }
            em.persist(new Worksheet(w.year(), Worksheets.toJson(w.answers()), "secretariat@steward.example", clock.instant()));
        }
        em.flush();
    }

    private void applications(Demo demo, Map<String, Organization> organizations) {
        for (DemoApplication d : demo.applications()) {
            var application = applications.submit(new ApplicationRequest(d.firstName(), d.lastName(), d.email(),
                    d.title(), organization(organizations, d.organization()).getId(), d.criterion(), null));
            for (DemoVote vote : d.votes() == null ? List.<DemoVote>of() : d.votes()) {
                Account voter = accounts.byEmail(vote.voter()).orElseThrow();
                em.persist(new BoardVote(SubjectKind.APPLICATION, application.getId(), 0, seatOf(voter), voter.getId(),
                        VoteDecision.valueOf(vote.decision()), vote.comment(), clock.instant()));
            }
        }
    }

    private static Organization organization(Map<String, Organization> organizations, String name) {
        Organization organization = organizations.get(name);
        if (organization == null) {
            throw new IllegalStateException("Demo data names an unknown organization: " + name);
        }
        return organization;
    }

    private void printLogins(Demo demo) {
        StringBuilder banner = new StringBuilder("\n\n=== Partnership Steward demo ===\n")
                .append("Open ").append(config.baseUrl()).append("/ and sign in with one of these (password: ")
                .append(config.demoPassword()).append("):\n");
        for (DemoAccount a : demo.accounts()) {
            banner.append(String.format("  %-38s %-22s %s%n", a.email(), a.roles(), a.name()));
        }
        demo.members().stream().filter(m -> m.roles() != null).limit(2).forEach(m -> banner.append(String.format(
                "  %-38s %-22s %s %s%n", m.email(), m.roles(), m.firstName(), m.lastName())));
        demo.members().stream().filter(m -> m.roles() == null && "ACTIVE".equals(m.status())).limit(1)
                .forEach(m -> banner.append(String.format("  %-38s %-22s %s %s%n", m.email(), Set.of(Roles.MEMBER),
                        m.firstName(), m.lastName())));
        DemoAssistants.withLogin(demo.members()).ifPresent(m -> banner.append(String.format("  %-38s %-22s %s (assistant of %s %s)%n",
                m.assistantEmail(), Set.of(Roles.ASSISTANT), m.assistantName(), m.firstName(), m.lastName())));
        banner.append("(every member in the demo signs in the same way; see the Members page)\n")
                .append("================================\n");
        LOG.info(banner::toString);
    }

    static Demo read() {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return JsonbBuilder.create().fromJson(in, Demo.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }
}
