package org.partnershipsteward.membership.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Map;
import org.partnershipsteward.audit.boundary.AuditTrail;
import org.partnershipsteward.bylaws.boundary.Bylaws;
import org.partnershipsteward.eligibility.control.EligibilityRules;
import org.partnershipsteward.eligibility.control.Applicant;
import org.partnershipsteward.eligibility.control.EligibilityPolicy;
import org.partnershipsteward.eligibility.control.Finding;
import org.partnershipsteward.eligibility.control.OrganizationFacts;
import org.partnershipsteward.eligibility.entity.FindingOutcome;
import org.partnershipsteward.membership.entity.Member;
import org.partnershipsteward.membership.entity.MemberPositionChanged;
import org.partnershipsteward.organization.entity.Organization;
import org.partnershipsteward.platform.domain.InvalidInputException;

/**
 * A member's own change of position and contact details, in the caller's transaction: from the profile
 * page and from the yearly confirmation link alike. A new title or organisation re-runs the
 * executive-level check; unless the bylaws' patterns confirm it, the member is flagged for review. It also raises
 * {@link MemberPositionChanged}: the board re-runs the eligibility of a seat the member holds.
 */
@Dependent
public class ProfileChange {

    @PersistenceContext
    EntityManager em;

    @Inject
    Bylaws bylaws;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<MemberPositionChanged> positionChanged;

    public Member apply(Member member, ProfileRequest request) {
        Organization organization = em.find(Organization.class, request.organizationId());
        if (organization == null) {
            throw new InvalidInputException(Map.of("organizationId", "no organization with this id"));
        }
        Finding executive = executiveLevel(request.title(), member, organization);
        boolean confirmed = executive.outcome() == FindingOutcome.MET;
        if (member.changePosition(request.title(), organization.getId(), confirmed, executive.reason(), clock.instant())) {
            audit.record("MEMBER_POSITION_CHANGED", "Member", member.getId(), request.title() + " at "
                    + organization.getName() + (confirmed ? "" : "; flagged for review: " + executive.reason()));
            positionChanged.fire(new MemberPositionChanged(member.getId(), member.fullName(), member.getTitle(),
                    organization.getName()));
        }
        member.updateContact(request.phone(), request.assistantName(), request.assistantEmail(),
                request.assistantPhone(), clock.instant());
        return member;
    }

    private Finding executiveLevel(String title, Member member, Organization organization) {
        var policy = new EligibilityPolicy(EligibilityRules.of(bylaws.current()));
        var findings = policy.evaluate(new Applicant(title, member.getCriterion(), new OrganizationFacts(
                organization.getKind(), organization.getSector(), organization.getRegion(), 0), null, false), 0);
        return findings.stream().filter(f -> f.rule().equals(EligibilityPolicy.EXECUTIVE_LEVEL)).findFirst()
                .orElseThrow();
    }
}
