package org.partnershipsteward.minutes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.ballot.boundary.Ballot;
import org.partnershipsteward.ballot.boundary.BoardRoster;
import org.partnershipsteward.ballot.control.Tally;
import org.partnershipsteward.ballot.entity.BoardVote;
import org.partnershipsteward.ballot.entity.SubjectKind;
import org.partnershipsteward.ballot.entity.VoteDecision;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.bylaws.control.Threshold;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.minutes.control.MinutesSharing;
import org.partnershipsteward.minutes.control.MinutesWorkflow;
import org.partnershipsteward.minutes.control.RevisionPolicy;
import org.partnershipsteward.minutes.entity.MinutesRecord;
import org.partnershipsteward.minutes.entity.MinutesRevision;
import org.partnershipsteward.minutes.entity.MinutesSection;
import org.partnershipsteward.minutes.entity.MinutesStatus;
import org.partnershipsteward.obligation.boundary.Excuses;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.security.Account;
import org.partnershipsteward.platform.security.Accounts;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.summit.boundary.Agendas;
import org.partnershipsteward.summit.boundary.CheckIns;
import org.partnershipsteward.summit.control.SharingPolicy.Audience;
import org.partnershipsteward.summit.entity.AgendaItem;
import org.partnershipsteward.summit.entity.Summit;

/**
 * A summit's minutes: one section per accepted agenda item, every save a kept revision (compared with the one
 * before), the attendance from the check-in, submission to the board, the board's votes through the one
 * {@link Ballot}, and publication, which mails the members. A save that changes the text returns approved or
 * published minutes to DRAFT. What a reader sees of each section follows its sharing label ({@link MinutesSharing}).
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
public class Minutes {

    /** At most this many sections in one save. */
    static final int MAX_SECTIONS = 200;

    /** One section's notes in a save. */
    public record SectionNotes(Long agendaItemId, String notes) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    MinutesRecords records;

    @Inject
    Agendas agendas;

    @Inject
    CheckIns checkIns;

    @Inject
    Excuses excuses;

    @Inject
    Ballot ballot;

    @Inject
    BoardRoster roster;

    @Inject
    Bylaws bylaws;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    org.partnershipsteward.platform.config.PartnershipConfig partnership;

    @Inject
    Event<MinutesEvent> events;

    /** The minutes as the caller may read them: members only once published; TLP:RED notes only to attendees. */
    public MinutesView read(long summitId) {
        Summit summit = records.summit(summitId);
        MinutesRecord record = records.record(summitId).orElse(null);
        MinutesStatus status = record == null ? MinutesStatus.DRAFT : record.getStatus();
        if (!records.secretariat() && !records.board() && !MinutesWorkflow.readableByMembers(status)) {
            throw new SecurityException("Members read the minutes once the board approved and the secretariat published them");
        }
        int revision = record == null ? 0 : record.getRevision();
        return view(summit, record, records.notes(summitId, revision), Audience.PORTAL, entitled(summitId));
    }

    /** The minutes as a path out of the portal may carry them (a mail, the mailed PDF): TLP:RED withheld. */
    MinutesView outside(Summit summit, MinutesRecord record, Audience audience) {
        return view(summit, record, records.notes(summit.getId(), record.getRevision()), audience, false);
    }

    private MinutesView view(Summit summit, MinutesRecord record, Map<Long, String> notes, Audience audience, boolean entitled) {
        Map<Long, Boolean> present = checkIns.attendance(summit.getId());
        List<MinutesView.Section> sections = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<MinutesSharing.Name> names = present.keySet().stream().map(records::member)
                .map(m -> new MinutesSharing.Name(m.getFirstName(), m.getLastName())).toList();
        for (AgendaItem item : sectionsOf(summit.getId())) {
            String text = notes.getOrDefault(item.getId(), "");
            boolean shown = MinutesSharing.shown(item.getSharing(), audience, entitled);
            sections.add(new MinutesView.Section(item.getId(), shown || audience == Audience.PORTAL ? item.getTitle() : "Restricted section",
                    item.getSharing() == null ? null : item.getSharing().name(),
                    item.getSharing() == null ? null : item.getSharing().notice(),
                    shown ? text : MinutesSharing.withheld(item.getSharing()), !shown));
            List<String> named = MinutesSharing.attributions(item.getSharing(), text, names);
            if (records.secretariat() && audience == Audience.PORTAL && !named.isEmpty()) {
                warnings.add(MinutesSharing.warning(item.getTitle(), named));
            }
        }
        return new MinutesView(summit.getId(), summit.getTitle(),
                record == null ? MinutesStatus.DRAFT.name() : record.getStatus().name(),
                record == null ? 0 : record.getRevision(), sections, List.copyOf(new java.util.TreeSet<>(present.keySet())),
                attendance(summit, present), warnings, record == null ? null : record.getPublishedAt());
    }

    private List<MinutesView.Attendance> attendance(Summit summit, Map<Long, Boolean> present) {
        Set<Long> excused = new HashSet<>(excuses.excusedOn(records.day(summit.getStartsAt())));
        excused.removeAll(present.keySet());
        Set<Long> all = new LinkedHashSet<>(present.keySet());
        all.addAll(excused);
        return all.stream().map(records::member).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(Member::getLastName).thenComparing(Member::getFirstName))
                .map(m -> new MinutesView.Attendance(m.getId(), m.fullName(), present.containsKey(m.getId()),
                        Boolean.TRUE.equals(present.get(m.getId())), excused.contains(m.getId()))).toList();
    }

    /** The secretariat (who writes them) and members who attended in person may read TLP:RED notes. */
    private boolean entitled(long summitId) {
        if (records.secretariat()) {
            return true;
        }
        return records.me().map(m -> Boolean.FALSE.equals(checkIns.attendance(summitId).get(m.getId()))).orElse(false);
    }

    /** The accepted agenda items, in order: one section each. */
    private List<AgendaItem> sectionsOf(long summitId) {
        return agendas.items(summitId).stream().filter(i -> i.getStatus() == AgendaItem.Status.ACCEPTED)
                .sorted(java.util.Comparator.comparingInt(AgendaItem::getPosition).thenComparing(AgendaItem::getId)).toList();
    }

    /**
     * The secretariat saves the minutes: the named sections get the new notes, the others keep theirs. A save that
     * changes the text is a new kept revision and makes SUBMITTED, APPROVED or PUBLISHED minutes a DRAFT again; a
     * save that changes nothing keeps everything as it is.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public MinutesView save(long summitId, List<SectionNotes> items) {
        if (items == null) {
            throw new InvalidInputException(Map.of("items", "is required: a list of {agendaItemId, notes}"));
        }
        if (items.size() > MAX_SECTIONS) {
            throw new InvalidInputException(Map.of("items", "at most " + MAX_SECTIONS + " sections in one save"));
        }
        Map<Long, String> changes = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            SectionNotes section = items.get(i);
            if (section == null || section.agendaItemId() == null) {
                throw new InvalidInputException(Map.of("items[" + i + "].agendaItemId", "is required"));
            }
            if (changes.containsKey(section.agendaItemId())) {
                throw new InvalidInputException(Map.of("items[" + i + "].agendaItemId", "names a section twice"));
            }
            changes.put(section.agendaItemId(), section.notes());
        }
        MinutesRecord record = records.lock(summitId);
        Map<Long, String> previous = records.notes(summitId, record.getRevision());
        Set<Long> sections = new LinkedHashSet<>(sectionsOf(summitId).stream().map(AgendaItem::getId).toList());
        Map<Long, String> next;
        try {
            next = RevisionPolicy.apply(previous, changes, sections);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Map.of("items", e.getMessage()));
        }
        if (RevisionPolicy.changed(previous, next)) {
            MinutesStatus before = record.getStatus();
            int revision = record.getRevision() + 1;
            em.persist(new MinutesRevision(summitId, revision, audit.actor(), clock.instant()));
            next.forEach((itemId, notes) -> em.persist(new MinutesSection(summitId, revision, itemId, notes)));
            record.revised(revision, MinutesWorkflow.save(before, true), clock.instant());
            em.flush();
            audit.record("MINUTES_SAVED", "Summit", summitId, "revision " + revision
                    + (before == MinutesStatus.DRAFT ? "" : "; " + before + " minutes are a draft again"));
        }
        return read(summitId);
    }

    /** The kept revisions, newest first. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public List<MinutesView.Revision> revisions(long summitId) {
        records.summit(summitId);
        return em.createQuery("SELECT r FROM MinutesRevision r WHERE r.summitId = :s ORDER BY r.revision DESC",
                MinutesRevision.class).setParameter("s", summitId).getResultList().stream()
                .map(r -> new MinutesView.Revision(r.getRevision(), r.getSavedBy(), r.getSavedAt())).toList();
    }

    /** A revision compared with the one before it (revision 1 with the empty minutes). */
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public MinutesView.Comparison compare(long summitId, int revision) {
        MinutesRecord record = records.record(records.summit(summitId).getId()).orElse(null);
        if (record == null || revision < 1 || revision > record.getRevision()) {
            throw new InvalidInputException(Map.of("revision", "must be a kept revision, 1 to "
                    + (record == null ? 0 : record.getRevision())));
        }
        boolean entitled = entitled(summitId);
        Map<Long, AgendaItem> items = new LinkedHashMap<>();
        agendas.items(summitId).forEach(i -> items.put(i.getId(), i));
        List<MinutesView.SectionChange> sections = new ArrayList<>();
        for (RevisionPolicy.SectionChange change : RevisionPolicy.compare(records.notes(summitId, revision - 1),
                records.notes(summitId, revision))) {
            AgendaItem item = items.get(change.agendaItemId());
            var sharing = item == null ? null : item.getSharing();
            boolean shown = MinutesSharing.shown(sharing, Audience.PORTAL, entitled);
            sections.add(new MinutesView.SectionChange(change.agendaItemId(),
                    item == null ? "(an item removed from the agenda)" : item.getTitle(),
                    sharing == null ? null : sharing.name(), change.changed(), !shown,
                    shown ? change.lines().stream().map(l -> new MinutesView.Line(l.kind().name(), l.text())).toList()
                            : List.of()));
        }
        return new MinutesView.Comparison(revision, revision - 1, sections);
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public MinutesView submit(long summitId) {
        MinutesRecord record = records.lock(summitId);
        record.submitted(transition(() -> MinutesWorkflow.submit(record.getStatus(), record.getRevision())), clock.instant());
        Summit summit = records.summit(summitId);
        audit.record("MINUTES_SUBMITTED", "Summit", summitId, "revision " + record.getRevision() + ", round " + record.getVoteRound());
        for (Account board : roster.seated()) {
            events.fire(MinutesEvent.approvalRequested(summitId, board.getEmail(), board.getDisplayName()));
        }
        return read(summit.getId());
    }

    /** A seated (or acting) board member votes on submitted minutes; the bylaws' majority decides, as for every board vote. */
    @RolesAllowed(Roles.BOARD)
    public MinutesView vote(long summitId, String decision, String comment) {
        if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
            throw new InvalidInputException(Map.of("decision", "must be one of APPROVE, REJECT"));
        }
        if (comment != null && comment.length() > 2000) {
            throw new InvalidInputException(Map.of("comment", "must be at most 2000 characters"));
        }
        Account voter = accounts.byEmail(audit.actor()).orElseThrow(() -> new SecurityException("No account"));
        MinutesRecord record = records.lock(summitId);
        if (record.getStatus() != MinutesStatus.SUBMITTED) {
            throw new ConflictException("The minutes are " + record.getStatus() + "; the board votes on submitted minutes");
        }
        Tally tally = ballot.cast(Ballot.Question.on(SubjectKind.MINUTES, summitId, Threshold.of(bylaws.current()), "Summit")
                .inRound(record.getVoteRound()).auditedAs("Summit", summitId, "minutes: "), voter,
                VoteDecision.valueOf(decision), comment);
        MinutesStatus next = MinutesWorkflow.afterVote(record.getStatus(), tally.outcome());
        if (next != record.getStatus()) {
            record.moveTo(next, clock.instant());
            audit.record(next == MinutesStatus.APPROVED ? "MINUTES_APPROVED" : "MINUTES_RETURNED_TO_DRAFT", "Summit", summitId,
                    tally.approvedBy());
        }
        return read(summitId);
    }

    /** The votes on the minutes in their current round, oldest first. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public List<BoardVote> votes(long summitId) {
        return records.record(summitId).map(r -> ballot.votes(SubjectKind.MINUTES, summitId, r.getVoteRound()))
                .orElse(List.of());
    }

    /** Publishes approved minutes and mails every current member the link (and the sections a mail may carry). */
    @RolesAllowed(Roles.SECRETARIAT)
    public MinutesView publish(long summitId) {
        MinutesRecord record = records.lock(summitId);
        record.moveTo(transition(() -> MinutesWorkflow.publish(record.getStatus())), clock.instant());
        Summit summit = records.summit(summitId);
        audit.record("MINUTES_PUBLISHED", "Summit", summitId, summit.getTitle() + ", revision " + record.getRevision());
        MinutesView mailed = outside(summit, record, Audience.MEMBER_MAIL);
        for (Member member : records.currentMembers()) {
            events.fire(MinutesEvent.published(summitId, member.getId(), mailed));
        }
        return read(summitId);
    }

    /**
     * The printable minutes. The copy for mailing (any reader of the minutes) withholds every TLP:RED section; the
     * full copy, which the board signs at the next summit, is for the secretariat only.
     */
    public byte[] pdf(long summitId, boolean full) {
        MinutesView readable = read(summitId);
        if (full && !records.secretariat()) {
            throw new SecurityException("Only the secretariat prints the full copy");
        }
        Summit summit = records.summit(summitId);
        MinutesRecord record = records.record(summitId).orElse(new MinutesRecord(summitId, clock.instant()));
        MinutesView printed = full ? readable : outside(summit, record, Audience.EXPORT);
        audit.record("MINUTES_PRINTED", "Summit", summitId, (full ? "full copy" : "copy for mailing") + ", revision "
                + record.getRevision());
        return MinutesPdf.render(printed, partnership.name(), full
                ? "Full copy for signing: holds TLP:RED sections; do not mail or copy it"
                : "Copy for mailing: TLP:RED sections are only in the portal, for those who attended");
    }

    /** Summits whose submitted minutes wait for the board's votes. */
    @RolesAllowed(Roles.BOARD)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Summit> awaitingVotes() {
        return em.createQuery("SELECT s FROM Summit s, MinutesRecord m WHERE m.summitId = s.id AND m.status = :st "
                + "ORDER BY s.startsAt", Summit.class).setParameter("st", MinutesStatus.SUBMITTED).getResultList();
    }

    private static MinutesStatus transition(Supplier<MinutesStatus> step) {
        try {
            return step.get();
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
    }
}
