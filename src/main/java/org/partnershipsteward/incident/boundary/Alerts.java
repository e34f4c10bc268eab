package org.partnershipsteward.incident.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.ballot.boundary.BoardRoster;
import org.partnershipsteward.incident.control.AcknowledgementTimes;
import org.partnershipsteward.incident.control.AlertDisclosure;
import org.partnershipsteward.incident.control.AlertPolicy;
import org.partnershipsteward.incident.entity.Alert;
import org.partnershipsteward.incident.entity.AlertLink;
import org.partnershipsteward.incident.entity.AlertRecipient;
import org.partnershipsteward.incident.entity.AlertResponse;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.organization.entity.Sector;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.security.Account;
import org.partnershipsteward.membership.boundary.CurrentMember;
import org.partnershipsteward.platform.security.Caller;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.platform.security.Tokens;

/**
 * Urgent alerts: the secretariat or a board member sends one (or a drill) to an audience; its mails go ahead of
 * everything queued in the outbox; each recipient acknowledges through the link in their mail (no login) or in the
 * portal; whoever has not acknowledged after {@code partnership.alerts.second-mail-minutes} gets a second mail,
 * copied to their backup contact. Every send and answer is in the audit trail.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
public class Alerts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller signedIn;

    @Inject
    CurrentMember currentMember;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    PartnershipConfig config;

    @Inject
    AlertNotices notices;

    @Inject
    BoardRoster board;

    @Inject
    Resources resources;

    @Inject
    @Any
    Instance<BackupContacts> backups;

    /** Sends the alert to every current member of the audience, now. */
    public AlertViews.Created send(@NotNull(message = "a JSON body is required") @Valid AlertRequest request) {
        Instant now = clock.instant();
        Alert alert = new Alert(request.title().strip(), request.body().strip(), request.sharingValue(),
                request.audienceValue(), request.isDrill(), signedIn.email().orElseThrow(), now,
                AlertPolicy.secondMailAt(now, Duration.ofMinutes(config.alertsSecondMailMinutes())));
        Map<Long, Member> members = em.createQuery("SELECT m FROM Member m ORDER BY m.id", Member.class).getResultStream()
                .collect(Collectors.toMap(Member::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Long> chosen = AlertPolicy.recipients(alert.getAudience(), candidates(members.values()));
        if (chosen.isEmpty()) {
            throw new ConflictException("No current member is in the audience " + alert.getAudience().label());
        }
        em.persist(alert);
        em.flush();
        List<AlertRecipient> rows = chosen.stream().map(memberId -> new AlertRecipient(alert.getId(), memberId)).toList();
        rows.forEach(em::persist);
        em.flush(); // one flush for every recipient's id; the links and mails below are written at commit
        for (AlertRecipient recipient : rows) {
            notices.toMember(alert, recipient.getId(), members.get(recipient.getMemberId()), false);
        }
        alert.sentTo(chosen.size());
        audit.record(alert.isDrill() ? "DRILL_SENT" : "ALERT_SENT", "Alert", alert.getId(),
                AlertDisclosure.logged(alert.getTitle(), alert.getSharing()) + " [" + alert.getSharing().label() + "] to "
                        + chosen.size() + " (" + alert.getAudience().label() + ")");
        return new AlertViews.Created(alert.getId(), chosen.size());
    }

    private List<AlertPolicy.Candidate> candidates(java.util.Collection<Member> members) {
        Map<Long, Sector> sectors = em.createQuery("SELECT o FROM Organization o", Organization.class).getResultStream()
                .collect(Collectors.toMap(Organization::getId, Organization::getSector));
        Set<Long> seatedAccounts = board.seated().stream().map(Account::getId).collect(Collectors.toSet());
        return members.stream().map(m -> new AlertPolicy.Candidate(m.getId(), m.getStatus().current(),
                sectors.get(m.getOrganizationId()) == Sector.PUBLIC,
                m.getAccountId() != null && seatedAccounts.contains(m.getAccountId()))).toList();
    }

    /** Every alert and drill sent, newest first. */
    public List<AlertViews.Summary> all() {
        Map<Long, Long> acknowledged = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT alert_id, COUNT(*) FROM alert_recipient "
                + "WHERE acknowledged_at IS NOT NULL GROUP BY alert_id").getResultList();
        for (Object[] row : rows) {
            acknowledged.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return em.createQuery("SELECT a FROM Alert a ORDER BY a.sentAt DESC, a.id DESC", Alert.class).getResultStream()
                .map(a -> new AlertViews.Summary(a.getId(), a.getTitle(), a.getSharing().name(), a.getAudience().name(),
                        a.isDrill(), a.getSentAt(), a.getSentBy(), a.getRecipients(), acknowledged.getOrDefault(a.getId(), 0L)))
                .toList();
    }

    /** Who acknowledged the alert and who did not, with each answer; beside "I can help" the organisation's resources. */
    public AlertViews.Status status(long id) {
        Alert alert = alert(id);
        List<AlertRecipient> recipients = em.createNamedQuery(AlertRecipient.OF_ALERT, AlertRecipient.class)
                .setParameter("alert", id).getResultList();
        Map<Long, Member> members = em.createQuery("SELECT m FROM Member m WHERE m.id IN (SELECT r.memberId FROM "
                + "AlertRecipient r WHERE r.alertId = :alert)", Member.class).setParameter("alert", id).getResultStream()
                .collect(Collectors.toMap(Member::getId, Function.identity()));
        Map<Long, String> organizations = em.createQuery("SELECT o FROM Organization o", Organization.class)
                .getResultStream().collect(Collectors.toMap(Organization::getId, Organization::getName));
        Set<Long> helping = recipients.stream().filter(r -> r.getResponse() == AlertResponse.CAN_HELP)
                .map(r -> members.get(r.getMemberId()).getOrganizationId()).collect(Collectors.toSet());
        Map<Long, List<ResourceView>> offered = resources.ofOrganizations(helping);
        Map<String, Long> responses = new LinkedHashMap<>();
        Arrays.stream(AlertResponse.values()).forEach(r -> responses.put(r.name(), 0L));
        List<AlertViews.Row> rows = new ArrayList<>();
        List<Long> unacknowledged = new ArrayList<>();
        for (AlertRecipient r : recipients) {
            Member m = members.get(r.getMemberId());
            if (r.acknowledged()) {
                responses.merge(r.getResponse().name(), 1L, Long::sum);
            } else {
                unacknowledged.add(r.getMemberId());
            }
            rows.add(new AlertViews.Row(m.getId(), m.fullName(), organizations.get(m.getOrganizationId()),
                    r.getResponse() == null ? null : r.getResponse().name(),
                    r.getResponse() == null ? "Not acknowledged" : r.getResponse().label(), r.getAcknowledgedAt(),
                    r.isSecondMail(), r.getResponse() == AlertResponse.CAN_HELP
                            ? offered.getOrDefault(m.getOrganizationId(), List.of()) : List.of()));
        }
        var times = AcknowledgementTimes.of(alert.getSentAt(), recipients.size(),
                recipients.stream().map(AlertRecipient::getAcknowledgedAt).toList());
        return new AlertViews.Status(alert.getId(), alert.getTitle(), alert.getBody(), alert.getSharing().name(),
                alert.getSharing().notice(), alert.getAudience().name(), alert.isDrill(), alert.getSentAt(), alert.getSentBy(),
                recipients.size(), recipients.size() - unacknowledged.size(), responses, unacknowledged,
                alert.getSecondMailAt(), alert.getSecondMailSentAt(), times.toHalfMinutes(), times.toAllMinutes(), rows);
    }

    // ---------------------------------------------------------------- acknowledgements

    /** What the acknowledgement link names, if the token is known and its member still belongs. Changes nothing. */
    @PermitAll
    public Optional<AlertViews.Link> resolve(String token) {
        return recipientOf(token).map(r -> {
            Alert alert = em.find(Alert.class, r.getAlertId());
            Member member = em.find(Member.class, r.getMemberId());
            return new AlertViews.Link(alert.getId(), member.fullName(), alert.isDrill(), alert.getSentAt(),
                    AlertDisclosure.memberMail(alert.getTitle(), alert.getBody(), alert.getSharing()),
                    r.getResponse() == null ? null : r.getResponse().name());
        });
    }

    /** Records the answer given through the link; empty when the link is unknown. The link's member is the one who answers. */
    @PermitAll
    public Optional<AlertResponse> answerByLink(String token, String response) {
        AlertResponse answer = parse(response);
        return recipientOf(token).map(r -> record(r.getId(), answer, "link"));
    }

    /** The signed-in member's own copy of an alert sent to them, in full (the portal). */
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public AlertViews.Mine mine(long alertId) {
        AlertRecipient r = myRecipient(alertId);
        Alert alert = alert(alertId);
        return new AlertViews.Mine(alert.getId(), alert.getTitle(), alert.getBody(), alert.getSharing().notice(),
                alert.getSharing().meaning(), alert.isDrill(), alert.getSentAt(),
                r.getResponse() == null ? null : r.getResponse().name());
    }

    /** The signed-in member answers an alert sent to them. */
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public AlertResponse answerAsMember(long alertId, String response) {
        AlertResponse answer = parse(response);
        return record(myRecipient(alertId).getId(), answer, "portal");
    }

    private AlertRecipient myRecipient(long alertId) {
        long me = currentMember.require().getId();
        return em.createQuery("SELECT r FROM AlertRecipient r WHERE r.alertId = :a AND r.memberId = :m", AlertRecipient.class)
                .setParameter("a", alertId).setParameter("m", me)
                .getResultStream().findFirst().orElseThrow(() -> new UnknownEntityException("alert sent to you", alertId));
    }

    private AlertResponse record(long recipientId, AlertResponse answer, String by) {
        AlertRecipient r = em.find(AlertRecipient.class, recipientId, LockModeType.PESSIMISTIC_WRITE);
        boolean first = !r.acknowledged();
        r.answer(answer, clock.instant());
        Member member = em.find(Member.class, r.getMemberId());
        audit.record(first ? "ALERT_ACKNOWLEDGED" : "ALERT_ANSWER_CHANGED", "Alert", r.getAlertId(),
                member.fullName() + ": " + answer.label() + " (by " + by + ")");
        return answer;
    }

    private Optional<AlertRecipient> recipientOf(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(AlertLink.class, Tokens.hash(token)))
                .map(link -> em.find(AlertRecipient.class, link.getRecipientId()))
                .filter(r -> {
                    Member m = em.find(Member.class, r.getMemberId());
                    return m != null && m.getStatus().current();
                });
    }

    private static AlertResponse parse(String response) {
        try {
            return AlertResponse.valueOf(response == null ? "" : response.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Map.of("response", "must be one of RECEIVED, CAN_HELP, NEED_HELP"));
        }
    }

    // ---------------------------------------------------------------- the second mail

    /**
     * Sends the second mail of every alert whose time has come: to each recipient who has not acknowledged, with a
     * copy to their backup contact. Marking the alert is the claim, so two instances never both send it. Returns how
     * many members were mailed again.
     */
    @PermitAll
    public int sendDueSecondMails() {
        Instant now = clock.instant();
        List<Alert> due = em.createQuery("SELECT a FROM Alert a WHERE a.secondMailSentAt IS NULL", Alert.class)
                .getResultStream().filter(a -> AlertPolicy.secondMailDue(a.getSecondMailAt(), a.getSecondMailSentAt(), now))
                .toList();
        int mailed = 0;
        for (Alert alert : due) {
            int claimed = em.createNativeQuery("UPDATE alert SET second_mail_sent_at = ? WHERE id = ? AND second_mail_sent_at IS NULL")
                    .setParameter(1, Timestamp.from(now)).setParameter(2, alert.getId()).executeUpdate();
            if (claimed != 1) {
                continue; // another instance took it
            }
            List<AlertRecipient> open = em.createNamedQuery(AlertRecipient.OF_ALERT, AlertRecipient.class)
                    .setParameter("alert", alert.getId()).getResultStream().filter(r -> !r.acknowledged()).toList();
            for (AlertRecipient r : open) {
                Member member = em.find(Member.class, r.getMemberId());
                if (member == null || !member.getStatus().current()) {
                    continue;
                }
                notices.toMember(alert, r.getId(), member, true);
                copiesFor(member).forEach(b -> notices.toBackup(alert, member, b));
                r.secondMailSent();
                mailed++;
            }
            audit.record("ALERT_SECOND_MAIL", "Alert", alert.getId(), open.size() + " not acknowledged mailed again");
        }
        return mailed;
    }

    /**
     * Who gets a copy of the second mail: the member's backup contact from the emergency roster (through
     * {@link BackupContacts}) and the member's assistant, each once.
     */
    private List<BackupContacts.Contact> copiesFor(Member member) {
        Map<String, BackupContacts.Contact> copies = new LinkedHashMap<>();
        for (BackupContacts source : backups) {
            source.backupOf(member.getId()).ifPresent(c -> copies.putIfAbsent(c.email().toLowerCase(Locale.ROOT), c));
        }
        if (member.getAssistantEmail() != null) {
            copies.putIfAbsent(member.getAssistantEmail().toLowerCase(Locale.ROOT), new BackupContacts.Contact(
                    member.getAssistantName() == null ? member.getAssistantEmail() : member.getAssistantName(),
                    member.getAssistantEmail()));
        }
        return List.copyOf(copies.values());
    }

    private Alert alert(long id) {
        Alert alert = em.find(Alert.class, id);
        if (alert == null) {
            throw new UnknownEntityException("alert", id);
        }
        return alert;
    }
}
