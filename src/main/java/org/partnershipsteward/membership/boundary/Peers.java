package org.partnershipsteward.membership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.bylaws.entity.Criterion;
import org.partnershipsteward.membership.control.PeerCard;
import org.partnershipsteward.membership.control.PeerSearch;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.membership.entity.SharingChoices;
import org.partnershipsteward.organization.entity.Sector;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.domain.Vocabulary;
import org.partnershipsteward.platform.security.Roles;

/**
 * The directory of peers: current members find each other by name, organisation, sector, criterion and the
 * topics they follow or can speak to, and see of each other only what each chose to share ({@link SharingChoices};
 * the default is name, title and organisation). Every caller, the secretariat included, gets the shared view:
 * the secretariat's own member pages show everything held. There is no path to it without a login (assistants
 * are contact entries, not accounts).
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
public class Peers {

    /** Bounds on a search's words (the query parameters are free text). */
    static final int MAX_QUERY = 200;

    /** Kinds of a member's topic rows. */
    static final String FOLLOWS = "FOLLOWS";
    static final String SPEAKS = "SPEAKS";

    @PersistenceContext
    EntityManager em;

    @Inject
    Members members;

    @Inject
    Bylaws bylaws;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The current members matching the search, as they share themselves, sorted by family name. */
    public List<PeerCard> search(PeerSearch search) {
        PeerSearch checked = checked(search);
        return shared().stream().filter(checked::matches).toList();
    }

    /** One current member as they share themselves; 404 for anyone else. */
    public PeerCard card(long memberId) {
        return shared().stream().filter(c -> c.memberId() == memberId).findFirst()
                .orElseThrow(() -> new UnknownEntityException("member in the directory", memberId));
    }

    /** The signed-in member's choices. */
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public SharingChoices mySharing() {
        return members.me().getSharing();
    }

    /** The signed-in member chooses what the other members see. */
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public SharingChoices chooseSharing(@NotNull(message = "a JSON body is required") SharingRequest request) {
        Member me = members.me();
        SharingChoices chosen = request.over(me.getSharing());
        me.chooseSharing(chosen, clock.instant());
        audit.record("MEMBER_SHARING_CHOSEN", "Member", me.getId(), chosen.toString());
        return chosen;
    }

    /** The signed-in member's topics: {@code follows} and {@code speaksTo}. */
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public Map<String, List<String>> myTopics() {
        long id = members.me().getId();
        Map<String, List<String>> topics = topics().getOrDefault(id, Map.of());
        return Map.of("follows", topics.getOrDefault(FOLLOWS, List.of()), "speaksTo", topics.getOrDefault(SPEAKS, List.of()));
    }

    /** The signed-in member names the bylaws topics they follow and those they can speak to. */
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public Map<String, List<String>> chooseTopics(@NotNull(message = "a JSON body is required") @Valid TopicsRequest request) {
        List<String> allowed = bylaws.current().topics();
        List<String> follows = spelled("follows", request.follows(), allowed);
        List<String> speaks = spelled("speaksTo", request.speaksTo(), allowed);
        long id = members.me().getId();
        em.createNativeQuery("DELETE FROM member_topic WHERE member_id = ?").setParameter(1, id).executeUpdate();
        follows.forEach(t -> insertTopic(id, FOLLOWS, t));
        speaks.forEach(t -> insertTopic(id, SPEAKS, t));
        audit.record("MEMBER_TOPICS_CHOSEN", "Member", id, "follows " + follows + "; can speak to " + speaks);
        return Map.of("follows", follows, "speaksTo", speaks);
    }

    private void insertTopic(long memberId, String kind, String topic) {
        em.createNativeQuery("INSERT INTO member_topic (member_id, kind, topic) VALUES (?, ?, ?)")
                .setParameter(1, memberId).setParameter(2, kind).setParameter(3, topic).executeUpdate();
    }

    private static List<String> spelled(String field, List<String> values, List<String> allowed) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values == null ? List.<String>of() : values) {
            out.add(Vocabulary.require(field, v, allowed, false));
        }
        return List.copyOf(out);
    }

    /** Refuses a sector, criterion or topic that does not exist and over-long words; the field says which. */
    private PeerSearch checked(PeerSearch search) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (search.q() != null && search.q().length() > MAX_QUERY) {
            errors.put("q", "is at most " + MAX_QUERY + " characters");
        }
        if (blank(search.sector()) && !names(Sector.values()).contains(search.sector().strip().toUpperCase())) {
            errors.put("sector", "must be one of " + names(Sector.values()));
        }
        if (blank(search.criterion()) && !names(Criterion.values()).contains(search.criterion().strip().toUpperCase())) {
            errors.put("criterion", "must be one of " + names(Criterion.values()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String topic = blank(search.topic()) ? Vocabulary.require("topic", search.topic(), bylaws.current().topics(), false) : null;
        return new PeerSearch(search.q(), search.sector(), search.criterion(), topic);
    }

    private static boolean blank(String value) {
        return value != null && !value.isBlank();
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    /** Every current member's card after their sharing choices, sorted by family name. */
    private List<PeerCard> shared() {
        Map<Long, Map<String, List<String>>> topics = topics();
        List<Object[]> rows = em.createQuery("SELECT m, o.name, o.sector FROM Member m, Organization o "
                + "WHERE o.id = m.organizationId AND m.status IN :current ORDER BY m.lastName, m.firstName, m.id", Object[].class)
                .setParameter("current", MemberStatus.CURRENT).getResultList();
        List<PeerCard> cards = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Member m = (Member) row[0];
            Map<String, List<String>> own = topics.getOrDefault(m.getId(), Map.of());
            PeerCard held = new PeerCard(m.getId(), m.getFirstName(), m.getLastName(), m.getTitle(), (String) row[1],
                    ((Enum<?>) row[2]).name(), m.getCriterion().name(), m.getEmail(), m.getPhone(),
                    own.getOrDefault(FOLLOWS, List.of()), own.getOrDefault(SPEAKS, List.of()));
            cards.add(held.shownAs(m.getSharing()));
        }
        return cards;
    }

    /** Topic rows by member and kind, each list in the bylaws' order of insertion. */
    private Map<Long, Map<String, List<String>>> topics() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT member_id, kind, topic FROM member_topic ORDER BY member_id, kind, topic")
                .getResultList();
        Map<Long, Map<String, List<String>>> out = new HashMap<>();
        for (Object[] r : rows) {
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>())
                    .computeIfAbsent((String) r[1], k -> new ArrayList<>()).add((String) r[2]);
        }
        return out;
    }
}
