package org.partnershipsteward.survey.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.audit.entity.AuditEntry;
import org.partnershipsteward.membership.boundary.CurrentMember;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.notice.boundary.NoticeRequest;
import org.partnershipsteward.notice.boundary.Outbox;
import org.partnershipsteward.notice.entity.NoticeKind;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.persistence.Constraints;
import org.partnershipsteward.platform.security.MemberLinks;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.summit.entity.Summit;
import org.partnershipsteward.survey.control.Anonymity;
import org.partnershipsteward.survey.control.Question;
import org.partnershipsteward.survey.control.SurveyForm;
import org.partnershipsteward.survey.entity.Survey;

/**
 * Informal surveys: the secretariat builds one and opens it for a window; members answer in the portal
 * or through the link in their invitation (hashed, expiring tokens; a GET never records anything);
 * reminders go only to those who have not answered. An anonymous survey stores its answers without the
 * member: only the separate participation row says who took part.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD, Roles.MEMBER})
public class Surveys {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentMember currentMember;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    MemberLinks links;

    @Inject
    SecurityContext security;

    @Inject
    PartnershipConfig config;

    @Inject
    Clock clock;

    @RolesAllowed(Roles.SECRETARIAT)
    public Survey create(SurveyRequest request) {
        if (request == null) {
            throw new InvalidInputException(Map.of("body", "a JSON body is required"));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.title() == null || request.title().isBlank() || request.title().length() > 200) {
            problems.put("title", "is required (at most 200 characters)");
        }
        problems.putAll(SurveyForm.problems(request.questions()));
        if (request.opensAt() == null) {
            problems.put("opensAt", "is required");
        }
        if (request.closesAt() == null) {
            problems.put("closesAt", "is required");
        } else if (request.opensAt() != null && !request.closesAt().isAfter(request.opensAt())) {
            problems.put("closesAt", "must be after opensAt");
        }
        if (request.summitId() != null) {
            Summit summit = em.find(Summit.class, request.summitId());
            if (summit == null) {
                problems.put("summitId", "no summit with this id");
            } else if (request.opensAt() != null && request.opensAt().toInstant().isBefore(summit.getStartsAt())) {
                problems.put("opensAt", "a summit's survey opens once the summit has begun");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Survey survey = new Survey(request.title(), SurveyForm.questionsToJson(request.questions()),
                Boolean.TRUE.equals(request.anonymous()), request.summitId(), request.opensAt().toInstant(),
                request.closesAt().toInstant(), audit.actor(), clock.instant());
        em.persist(survey);
        em.flush();
        audit.record("SURVEY_CREATED", "Survey", survey.getId(), survey.getTitle() + (survey.isAnonymous() ? " (anonymous)" : "")
                + ", open " + config.when(survey.getOpensAt()) + " to " + config.when(survey.getClosesAt()));
        if (survey.isOpen(clock.instant())) {
            invite(survey.getId(), Timestamp.from(clock.instant())); // open now: invited at once, in this transaction
        }
        return survey;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Survey> find() {
        return em.createQuery("SELECT s FROM Survey s ORDER BY s.opensAt DESC, s.id DESC", Survey.class).getResultList();
    }

    public Survey byId(long id) {
        Survey survey = em.find(Survey.class, id);
        if (survey == null) {
            throw new UnknownEntityException("survey", id);
        }
        return survey;
    }

    public static List<Question> questions(Survey survey) {
        return SurveyForm.questionsFromJson(survey.getQuestions());
    }

    /** The signed-in member answers. */
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public void respond(long surveyId, List<?> answers) {
        record(byId(surveyId), me(), answers);
    }

    /** Whether the signed-in member answered the survey already. */
    @RolesAllowed({Roles.MEMBER, Roles.BOARD, Roles.SECRETARIAT})
    public boolean answeredByMe(long surveyId) {
        return myMember().map(m -> participated(surveyId).contains(m.getId())).orElse(false);
    }

    /** A link for the signed-in member to answer in the portal (the same page as the mailed link). */
    @RolesAllowed({Roles.MEMBER, Roles.BOARD})
    public String portalLink(long surveyId) {
        Survey survey = byId(surveyId);
        if (!survey.isOpen(clock.instant())) {
            throw new ConflictException("This survey is not open");
        }
        return issueToken(survey, me());
    }

    private String issueToken(Survey survey, Member member) {
        return links.issue(MemberLinks.Kind.SURVEY, survey.getId(), member.getId(), survey.getClosesAt());
    }

    /** A survey and member named by a link, and whether they answered; changes nothing. */
    public record TokenTarget(Survey survey, Member member, boolean answered, List<Question> questions) {
    }

    @PermitAll
    public Optional<TokenTarget> resolve(String token) {
        return links.resolve(MemberLinks.Kind.SURVEY, token).flatMap(t -> {
            Member member = em.find(Member.class, t.memberId());
            if (member == null || !member.getStatus().current()) {
                return Optional.empty(); // who left the partnership: the link no longer works
            }
            Survey survey = em.find(Survey.class, t.subjectId());
            return Optional.of(new TokenTarget(survey, member, participated(survey.getId()).contains(member.getId()), questions(survey)));
        });
    }

    /** Records the answers given through a link (no login); empty for an unknown or expired link. */
    @PermitAll
    public boolean answerByLink(String token, List<?> answers) {
        Optional<TokenTarget> target = resolve(token);
        if (target.isEmpty()) {
            return false;
        }
        record(target.get().survey(), target.get().member(), answers);
        return true;
    }

    private void record(Survey survey, Member member, List<?> answers) {
        if (!survey.isOpen(clock.instant())) {
            throw new ConflictException("This survey is not open (" + config.when(survey.getOpensAt()) + " to "
                    + config.when(survey.getClosesAt()) + ")");
        }
        if (!member.getStatus().current()) {
            throw new ConflictException("Only current members answer surveys");
        }
        List<List<String>> normalized;
        try {
            normalized = SurveyForm.normalize(questions(survey), answers);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int colon = message.indexOf(": ");
            throw new InvalidInputException(Map.of(colon > 0 ? message.substring(0, colon) : "answers",
                    colon > 0 ? message.substring(colon + 2) : message));
        }
        try {
            // taking part is recorded without a time: nothing to match with the answer's audit entry
            em.createNativeQuery("INSERT INTO survey_participation (survey_id, member_id) VALUES (?, ?)")
                    .setParameter(1, survey.getId()).setParameter(2, member.getId()).executeUpdate();
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isViolation(e)) {
                throw new ConflictException("You have answered this survey already");
            }
            throw e;
        }
        // an anonymous survey's answers carry no member id, a random key and no time that could match anything
        Instant now = clock.instant();
        em.createNativeQuery("INSERT INTO survey_response (id, survey_id, member_id, answers, submitted_at) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, Anonymity.responseKey(RANDOM)).setParameter(2, survey.getId())
                .setParameter(3, survey.isAnonymous() ? null : member.getId())
                .setParameter(4, SurveyForm.answersToJson(normalized))
                .setParameter(5, Timestamp.from(Anonymity.storedTime(survey.isAnonymous(), survey.getOpensAt(), now))).executeUpdate();
        if (survey.isAnonymous()) {
            Instant day = Anonymity.dayOf(now, config.zone());
            audit.recordWithout(Anonymity.ACTOR, day, "SURVEY_ANSWERED", "Survey", survey.getId(), "an anonymous answer on "
                    + day.atZone(config.zone()).toLocalDate());
        } else {
            audit.record("SURVEY_ANSWERED", "Survey", survey.getId(), member.fullName());
        }
    }

    /** Members who answered (the participation rows). */
    public Set<Long> participated(long surveyId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT member_id FROM survey_participation WHERE survey_id = ?")
                .setParameter(1, surveyId).getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    /** The results: participation and, per question, counts, the scale's mean and the texts. */
    public record Results(Survey survey, int invited, int participants, List<SurveyForm.Result> questions) {
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
    public Results results(long surveyId) {
        Survey survey = byId(surveyId);
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT answers FROM survey_response WHERE survey_id = ? ORDER BY id")
                .setParameter(1, surveyId).getResultList();
        List<List<List<String>>> responses = rows.stream().map(SurveyForm::answersFromJson).toList();
        return new Results(survey, survey.getInvitedAt() == null ? invitees(survey).size() : recipientCount(surveyId),
                participated(surveyId).size(),
                SurveyForm.tally(questions(survey), responses));
    }

    /** One stored response: the member (null on an anonymous survey), the answers, when. */
    public record StoredResponse(Long memberId, List<List<String>> answers, Instant submittedAt) {
    }

    /** The stored responses as they are, for export and audit (an anonymous survey's carry no member). */
    @RolesAllowed(Roles.SECRETARIAT)
    public List<StoredResponse> responses(long surveyId) {
        byId(surveyId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT member_id, answers, submitted_at FROM survey_response "
                + "WHERE survey_id = ? ORDER BY id").setParameter(1, surveyId).getResultList();
        return rows.stream().map(r -> new StoredResponse(r[0] == null ? null : ((Number) r[0]).longValue(),
                SurveyForm.answersFromJson((String) r[1]), instant(r[2]))).toList();
    }

    /** The survey's audit trail, newest first: what the secretariat can show of how it was run. */
    @RolesAllowed(Roles.SECRETARIAT)
    public List<AuditEntry> history(long surveyId) {
        byId(surveyId);
        return audit.of("Survey", surveyId);
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.atZone(java.time.ZoneOffset.UTC).toInstant(); // Connector/J; the server stores UTC
        }
        return value == null ? null : Instant.parse(value.toString());
    }

    /** The current members the survey was issued to (its invitation went to them). */
    List<Member> recipients(Survey survey) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT member_id FROM survey_recipient WHERE survey_id = ?")
                .setParameter(1, survey.getId()).getResultList();
        Set<Long> sentTo = ids.stream().map(Number::longValue).collect(Collectors.toSet());
        return currentMembers().stream().filter(m -> sentTo.contains(m.getId())).toList();
    }

    private List<Member> currentMembers() {
        return em.createQuery("SELECT m FROM Member m WHERE m.status IN :current ORDER BY m.id", Member.class)
                .setParameter("current", MemberStatus.CURRENT).getResultList();
    }

    /** How many members the survey was issued to. */
    int recipientCount(long surveyId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM survey_recipient WHERE survey_id = ?")
                .setParameter(1, surveyId).getSingleResult()).intValue();
    }

    /** Who a survey asks when it opens: the attendees of its summit if any attended, else every current member. */
    List<Member> invitees(Survey survey) {
        List<Member> current = currentMembers();
        if (survey.getSummitId() == null) {
            return current;
        }
        @SuppressWarnings("unchecked")
        List<Number> attended = em.createNativeQuery("SELECT member_id FROM attendance WHERE summit_id = ?")
                .setParameter(1, survey.getSummitId()).getResultList();
        Set<Long> ids = attended.stream().map(Number::longValue).collect(Collectors.toSet());
        return ids.isEmpty() ? current : current.stream().filter(m -> ids.contains(m.getId())).toList();
    }

    /**
     * Invites to surveys that opened, and reminds non-responders once before a survey closes. Each survey's
     * invitation and reminder is claimed with an UPDATE of its own row, so two instances never both send.
     */
    @PermitAll
    public int sendDue(Duration remindBefore) {
        Timestamp now = Timestamp.from(clock.instant());
        int sent = 0;
        @SuppressWarnings("unchecked")
        List<Number> toInvite = em.createNativeQuery("SELECT id FROM survey WHERE invited_at IS NULL AND opens_at <= ? AND closes_at > ?")
                .setParameter(1, now).setParameter(2, now).getResultList();
        for (Number id : toInvite) {
            sent += invite(id.longValue(), now);
        }
        Timestamp soon = Timestamp.from(clock.instant().plus(remindBefore));
        @SuppressWarnings("unchecked")
        List<Number> toRemind = em.createNativeQuery("SELECT id FROM survey WHERE reminded_at IS NULL AND invited_at IS NOT NULL "
                + "AND closes_at > ? AND closes_at <= ?").setParameter(1, now).setParameter(2, soon).getResultList();
        for (Number id : toRemind) {
            if (em.createNativeQuery("UPDATE survey SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL")
                    .setParameter(1, now).setParameter(2, id.longValue()).executeUpdate() == 1) {
                sent += notify(byId(id.longValue()), true);
            }
        }
        return sent;
    }

    private int invite(long surveyId, Timestamp now) {
        if (em.createNativeQuery("UPDATE survey SET invited_at = ? WHERE id = ? AND invited_at IS NULL")
                .setParameter(1, now).setParameter(2, surveyId).executeUpdate() == 1) {
            return notify(byId(surveyId), false);
        }
        return 0;
    }

    /**
     * Mails the invitation (to the invitees, who become the survey's recipients: it is issued to them and to nobody
     * else) or the reminder (to the recipients who have not answered).
     */
    private int notify(Survey survey, boolean reminder) {
        Set<Long> answered = reminder ? participated(survey.getId()) : new HashSet<>();
        List<Member> asked = reminder ? recipients(survey) : invitees(survey);
        int sent = 0;
        for (Member member : asked) {
            if (answered.contains(member.getId())) {
                continue;
            }
            if (!reminder) {
                em.createNativeQuery("INSERT INTO survey_recipient (survey_id, member_id) VALUES (?, ?)")
                        .setParameter(1, survey.getId()).setParameter(2, member.getId()).executeUpdate();
            }
            Map<String, Object> model = new HashMap<>();
            model.put("surveyTitle", (reminder ? "Reminder: " : "") + survey.getTitle());
            model.put("closesAt", config.when(survey.getClosesAt()));
            model.put("link", config.baseUrl() + "/survey/" + issueToken(survey, member));
            if (outbox.enqueue(NoticeRequest.of(NoticeKind.SURVEY_INVITATION, member.getEmail(), member.fullName(), model)
                    .about("Survey", survey.getId())).isPresent()) {
                sent++;
            }
        }
        audit.record(reminder ? "SURVEY_REMINDED" : "SURVEY_OPENED", "Survey", survey.getId(), sent + " members asked"
                + (reminder ? " (only those who have not answered)" : ""));
        return sent;
    }

    private Optional<Member> myMember() {
        return currentMember.find();
    }

    private Member me() {
        return currentMember.require();
    }
}
