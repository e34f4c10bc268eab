package org.partnershipsteward.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.minutes.entity.ActionItem;
import org.partnershipsteward.minutes.entity.ActionStatus;
import org.partnershipsteward.minutes.entity.MinutesRecord;
import org.partnershipsteward.minutes.entity.MinutesRevision;
import org.partnershipsteward.minutes.entity.MinutesSection;
import org.partnershipsteward.minutes.entity.MinutesStatus;
import org.partnershipsteward.summit.entity.AgendaItem;
import org.partnershipsteward.summit.entity.Sharing;
import org.partnershipsteward.summit.entity.Summit;

/**
 * The demo's follow-through: the last summit held has published minutes (two revisions, one section per agenda
 * item under its label) and actions, one done on time, one overdue, one open; the next summit's agenda opens with
 * the review of the open ones.
 */
final class DemoMinutes {

    private DemoMinutes() {
    }

    static void load(EntityManager em, Map<String, Member> members, Instant now, ZoneId zone) {
        List<Summit> held = em.createQuery("SELECT s FROM Summit s WHERE s.startsAt < :now ORDER BY s.startsAt DESC", Summit.class)
                .setParameter("now", now).setMaxResults(1).getResultList();
        if (held.isEmpty()) {
            return;
        }
        Summit summit = held.get(0);
        List<AgendaItem> items = em.createQuery("SELECT i FROM AgendaItem i WHERE i.summitId = :s AND i.status = :a "
                + "ORDER BY i.position", AgendaItem.class).setParameter("s", summit.getId())
                .setParameter("a", AgendaItem.Status.ACCEPTED).getResultList();
        MinutesRecord record = new MinutesRecord(summit.getId(), now);
        em.persist(record);
        em.flush();
        for (int revision = 1; revision <= 2; revision++) {
            em.persist(new MinutesRevision(summit.getId(), revision, "secretariat@steward.example", now.minusSeconds(86_400L * (3 - revision))));
            for (AgendaItem item : items) {
                em.persist(new MinutesSection(summit.getId(), revision, item.getId(), notes(item, revision)));
            }
            record.revised(revision, MinutesStatus.DRAFT, now);
        }
        record.submitted(MinutesStatus.SUBMITTED, now);
        record.moveTo(MinutesStatus.APPROVED, now);
        record.moveTo(MinutesStatus.PUBLISHED, now);

        LocalDate day = summit.getStartsAt().atZone(zone).toLocalDate();
        LocalDate today = now.atZone(zone).toLocalDate();
        List<Member> owners = members.values().stream().filter(m -> m.getStatus().current())
                .sorted(java.util.Comparator.comparing(Member::getId)).toList();
        Member member = members.getOrDefault("member@steward.example", owners.get(0));
        ActionItem done = new ActionItem(summit.getId(), "Circulate the joint contact sheet for event weekends", owners.get(1).getId(),
                day.plusDays(14), "secretariat@steward.example", now);
        done.changeStatus(ActionStatus.DONE, "Sent to all members; two corrections received", day.plusDays(10), now);
        em.persist(done);
        em.persist(new ActionItem(summit.getId(), "Draft the shared table-top exercise for the spring summit", member.getId(),
                day.plusDays(30).isBefore(today) ? day.plusDays(30) : today.minusDays(3), "secretariat@steward.example", now));
        em.persist(new ActionItem(summit.getId(), "Propose a single after-hours number for ransomware incidents", owners.get(2).getId(),
                today.plusDays(45), "secretariat@steward.example", now));
        em.flush();

        // the next summit's agenda opens with the review of the actions still open
        em.createQuery("SELECT s FROM Summit s WHERE s.startsAt > :now ORDER BY s.startsAt", Summit.class)
                .setParameter("now", now).setMaxResults(1).getResultStream().findFirst().ifPresent(next -> {
                    List<AgendaItem> agenda = em.createQuery("SELECT i FROM AgendaItem i WHERE i.summitId = :s", AgendaItem.class)
                            .setParameter("s", next.getId()).getResultList();
                    agenda.forEach(i -> i.moveTo(i.getPosition() + 1));
                    AgendaItem review = new AgendaItem(next.getId(), "Review of open actions", "Partnership business", null, 15, 1,
                            AgendaItem.Status.ACCEPTED, null, "secretariat@steward.example", now);
                    em.persist(review);
                    em.flush();
                    em.createNativeQuery("INSERT INTO action_review_item (summit_id, agenda_item_id) VALUES (?, ?)")
                            .setParameter(1, next.getId()).setParameter(2, review.getId()).executeUpdate();
                });
    }

    private static String notes(AgendaItem item, int revision) {
        Sharing sharing = item.getSharing();
        String base = sharing == Sharing.CHATHAM_HOUSE
                ? "Participants agreed that the partnership's contact sheet should list after-hours numbers. One executive "
                        + "noted that last year's drill found two outdated numbers."
                : sharing == Sharing.TLP_RED
                        ? "The presenter described a specific gap in a member's perimeter; details were shared only in the room."
                        : "Presented by " + (item.getPresenter() == null ? "the secretariat" : item.getPresenter())
                                + ". Members discussed what each organisation would do first and who calls whom.";
        return revision == 1 ? base : base + "\nAgreed: the secretariat circulates a one-page summary.";
    }
}
