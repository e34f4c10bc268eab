package org.partnershipsteward.membership.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.ballot.boundary.Ballot;
import org.partnershipsteward.ballot.boundary.BoardRoster;
import org.partnershipsteward.ballot.control.Tally;
import org.partnershipsteward.ballot.entity.BoardVote;
import org.partnershipsteward.ballot.entity.SubjectKind;
import org.partnershipsteward.ballot.entity.VoteDecision;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.bylaws.control.Threshold;
import org.partnershipsteward.bylaws.entity.Criterion;
import org.partnershipsteward.bylaws.entity.VoteOutcome;
import org.partnershipsteward.eligibility.control.Applicant;
import org.partnershipsteward.eligibility.control.EligibilityPolicy;
import org.partnershipsteward.eligibility.control.EligibilityRules;
import org.partnershipsteward.eligibility.control.Finding;
import org.partnershipsteward.eligibility.control.OrganizationFacts;
import org.partnershipsteward.eligibility.entity.FindingOutcome;
import org.partnershipsteward.membership.control.ApplicationQueue;
import org.partnershipsteward.membership.control.FindingsCodec;
import org.partnershipsteward.membership.entity.Application;
import org.partnershipsteward.membership.entity.ApplicationStatus;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.MemberStatus;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.platform.config.PartnershipConfig;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.InvalidInputException;
import org.partnershipsteward.platform.domain.UnknownEntityException;
import org.partnershipsteward.platform.persistence.Constraints;
import org.partnershipsteward.platform.security.Account;
import org.partnershipsteward.platform.security.Accounts;
import org.partnershipsteward.platform.security.Caller;
import org.partnershipsteward.platform.security.PasswordLinks;
import org.partnershipsteward.platform.security.Roles;
import org.partnershipsteward.platform.security.Tokens;
import org.partnershipsteward.platform.time.PartnershipTime;

/**
 * Membership applications: anyone applies, the bylaws pre-screen, the secretariat settles what needs a
 * person's eye, the board votes, and the bylaws majority of seated board members decides. Each step
 * tells the people concerned ({@link ApplicationEvent}) in the same transaction.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.BOARD})
public class Applications {

    static final Duration WELCOME_LINK_VALIDITY = Duration.ofDays(14);

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnershipTime time;

    @Inject
    Caller caller;

    @Inject
    Bylaws bylaws;

    @Inject
    BoardRoster roster;

    @Inject
    Ballot ballot;

    @Inject
    Accounts accounts;

    @Inject
    PasswordLinks passwordLinks;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityContext security;

    @Inject
    PartnershipConfig config;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<ApplicationEvent> events;

    /** A new application, pre-screened at once. Refuses a second open application or an existing member. */
    @PermitAll
    public Application submit(@NotNull(message = "a JSON body is required") @Valid ApplicationRequest request) {
        String email = Account.normalizeEmail(request.email());
        Organization organization = em.find(Organization.class, request.organizationId());
        if (organization == null) {
            throw new InvalidInputException(Map.of("organizationId", "no organization with this id"));
        }
        Member sponsor = null;
        if (request.sponsorMemberId() != null) {
            sponsor = em.find(Member.class, request.sponsorMemberId());
            if (sponsor == null) {
                throw new InvalidInputException(Map.of("sponsorMemberId", "no member with this id"));
            }
        }
        if (memberByEmail(email) != null) {
            throw new ConflictException("This email belongs to a member already");
        }
        if (openApplication(email)) {
            throw new ConflictException("An application for this email is open already; the secretariat will be in touch");
        }
        Application application = new Application(request.firstName(), request.lastName(), email, request.title(),
                organization.getId(), Criterion.valueOf(request.criterion()), request.sponsorMemberId(), Tokens.random(),
                clock.instant());
        List<Finding> findings = prescreen(application, organization, sponsor);
        application.prescreened(FindingsCodec.toJson(findings), anyNotMet(findings), clock.instant());
        try {
            em.persist(application);
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isViolation(e)) {
                throw new ConflictException("An application for this email is open already; the secretariat will be in touch");
            }
            throw e;
        }
        audit.record("APPLICATION_SUBMITTED", "Application", application.getId(),
                application.fullName() + ", " + application.getTitle() + " (" + application.getStatus() + ")");
        events.fire(ApplicationEvent.received(application, organization.getName()));
        announce(application);
        return application;
    }

    List<Finding> prescreen(Application application, Organization organization, Member sponsor) {
        var policy = new EligibilityPolicy(EligibilityRules.of(bylaws.current()));
        int inOrganization = activeMembers("AND m.organizationId = :org", Map.of("org", organization.getId()));
        int total = activeMembers("", Map.of());
        Applicant applicant = new Applicant(application.getTitle(), application.getCriterion(),
                new OrganizationFacts(organization.getKind(), organization.getSector(), organization.getRegion(), inOrganization),
                application.getSponsorMemberId(), sponsor != null && sponsor.getStatus().current());
        return policy.evaluate(applicant, total);
    }

    private int activeMembers(String condition, Map<String, Object> parameters) {
        var query = em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.status IN :current " + condition, Long.class)
                .setParameter("current", MemberStatus.CURRENT);
        parameters.forEach(query::setParameter);
        return query.getSingleResult().intValue();
    }

    /** The secretariat settles the finding that needed review. */
    @RolesAllowed(Roles.SECRETARIAT)
    public Application review(long id, @NotNull(message = "a JSON body is required") @Valid ReviewRequest request) {
        Application application = lockOpen(id);
        String rule = request.rule() == null || request.rule().isBlank() ? EligibilityPolicy.EXECUTIVE_LEVEL : request.rule();
        List<Finding> findings;
        try {
            findings = EligibilityPolicy.settle(findings(application), rule, request.executiveLevelConfirmed(),
                    request.note());
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new ConflictException("Nothing to settle: the " + rule + " finding does not need review");
        }
        application.reviewed(FindingsCodec.toJson(findings), anyNotMet(findings), request.note().trim(),
                audit.actor(), clock.instant());
        audit.record("APPLICATION_REVIEWED", "Application", id, rule + " " + (request.executiveLevelConfirmed()
                ? "confirmed" : "not met") + ": " + request.note().trim());
        announce(application);
        return application;
    }

    /**
     * A seated board member votes (again); the shared majority rule over the seated members decides.
     * Votes on one application are serialized by a row lock, so concurrent votes never decide twice.
     */
    @RolesAllowed(Roles.BOARD)
    public Application vote(long id, @NotNull(message = "a JSON body is required") @Valid VoteRequest request) {
        Account voter = caller.requireAccount();
        Application application = lockOpen(id);
        if (application.getStatus() != ApplicationStatus.UNDER_REVIEW) {
            throw new ConflictException("This application is " + application.getStatus() + "; it cannot be voted on");
        }
        if (needsReview(application)) {
            throw new ConflictException("The secretariat has not settled the pre-screen yet; vote once it has");
        }
        Tally tally = ballot.cast(Ballot.Question.on(SubjectKind.APPLICATION, id, Threshold.of(bylaws.current()),
                "Application"), voter, VoteDecision.valueOf(request.decision()), request.comment());
        if (tally.outcome() == VoteOutcome.APPROVED) {
            Member member = admit(application);
            application.approve(member.getId(), tally.approvedBy(), clock.instant());
            audit.record("APPLICATION_APPROVED", "Application", application.getId(), application.getDecisionReason());
            audit.record("MEMBER_ADMITTED", "Member", member.getId(), "Approved by the board (application "
                    + application.getId() + ")");
            String link = passwordLinks.issue(member.getAccountId(), PasswordLinks.Purpose.WELCOME, WELCOME_LINK_VALIDITY);
            events.fire(ApplicationEvent.decided(application, true, null));
            events.fire(ApplicationEvent.welcome(application, link));
        } else if (tally.outcome() == VoteOutcome.REJECTED) {
            String reasons = String.join("; ", tally.reasons());
            application.reject(reasons.isEmpty() ? "The board did not approve the application" : reasons, clock.instant());
            audit.record("APPLICATION_REJECTED", "Application", application.getId(), application.getDecisionReason());
            events.fire(ApplicationEvent.decided(application, false, application.getDecisionReason()));
        }
        return application;
    }

    private Member admit(Application application) {
        Account account = accounts.createIfAbsent(application.getEmail(), application.fullName(), Set.of(Roles.MEMBER), null);
        Member member = new Member(application.getFirstName(), application.getLastName(), application.getEmail(),
                application.getTitle(), application.getOrganizationId(), application.getCriterion(),
                time.today(), clock.instant());
        member.linkAccount(account.getId());
        em.persist(member);
        em.flush();
        return member;
    }

    /** Tells the applicant, and the board when the application is ready for their votes. */
    private void announce(Application application) {
        if (application.getStatus() == ApplicationStatus.INELIGIBLE) {
            String reason = findings(application).stream().filter(f -> f.outcome() == FindingOutcome.NOT_MET)
                    .map(Finding::reason).collect(Collectors.joining("; "));
            events.fire(ApplicationEvent.decided(application, false, reason));
        } else if (application.getStatus() == ApplicationStatus.UNDER_REVIEW && !needsReview(application)) {
            for (Account board : roster.seated()) {
                events.fire(ApplicationEvent.approvalRequested(application, board.getEmail(), board.getDisplayName()));
            }
        }
    }

    public List<Application> find(ApplicationStatus status) {
        var query = em.createQuery("SELECT a FROM Application a" + (status == null ? "" : " WHERE a.status = :s")
                + " ORDER BY a.id DESC", Application.class);
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.setMaxResults(1000).getResultList();
    }

    /** What waits for the board's votes: under review, nothing left for the secretariat to settle. */
    @RolesAllowed(Roles.BOARD)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Application> awaitingVotes() {
        return find(ApplicationStatus.UNDER_REVIEW).stream().filter(a -> !needsReview(a)).toList();
    }

    /** The applicant's own view through the token of their links; empty for an unknown token. */
    @PermitAll
    public java.util.Optional<Application> byStatusToken(String token) {
        if (!Tokens.wellFormed(token)) {
            return java.util.Optional.empty();
        }
        return em.createQuery("SELECT a FROM Application a WHERE a.statusToken = :t", Application.class)
                .setParameter("t", token).getResultStream().findFirst();
    }

    public Application byId(long id) {
        Application application = em.find(Application.class, id);
        if (application == null) {
            throw new UnknownEntityException("application", id);
        }
        return application;
    }

    public List<BoardVote> votes(long applicationId) {
        return ballot.votes(SubjectKind.APPLICATION, applicationId);
    }

    public static List<Finding> findings(Application application) {
        return FindingsCodec.fromJson(application.getFindings());
    }

    public static boolean needsReview(Application application) {
        return ApplicationQueue.toReview(findings(application)).isPresent();
    }

    /** Whose move the application waits for (the hand-over view and the board's queue say the same). */
    public static ApplicationQueue.WaitsFor waitsFor(Application application) {
        return ApplicationQueue.waitsFor(application.getStatus(), findings(application));
    }

    private static boolean anyNotMet(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.outcome() == FindingOutcome.NOT_MET);
    }

    private Application lockOpen(long id) {
        Application application = em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw new UnknownEntityException("application", id);
        }
        if (!application.getStatus().open()) {
            throw new ConflictException("This application is " + application.getStatus() + " already");
        }
        return application;
    }

    private Member memberByEmail(String email) {
        return em.createQuery("SELECT m FROM Member m WHERE m.email = :e", Member.class).setParameter("e", email)
                .getResultStream().findFirst().orElse(null);
    }

    private boolean openApplication(String email) {
        return em.createQuery("SELECT COUNT(a) FROM Application a WHERE a.email = :e AND a.status IN :open", Long.class)
                .setParameter("e", email).setParameter("open", List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW))
                .getSingleResult() > 0;
    }
}
