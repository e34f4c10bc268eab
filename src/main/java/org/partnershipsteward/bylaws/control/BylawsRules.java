package org.partnershipsteward.bylaws.control;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipsteward.board.control.RotationRules;
import org.partnershipsteward.board.control.SeatType;
import org.partnershipsteward.board.control.Threshold;
import org.partnershipsteward.summit.control.CadenceRules;
import org.partnershipsteward.bylaws.entity.BylawsDocument;
import org.partnershipsteward.eligibility.control.CriterionRules;
import org.partnershipsteward.eligibility.control.EligibilityRules;
import org.partnershipsteward.eligibility.entity.Criterion;
import org.partnershipsteward.organization.entity.OrganizationKind;
import org.partnershipsteward.organization.entity.Sector;
import org.partnershipsteward.obligation.control.ObligationRules;

/** Reads the policies' inputs out of the bylaws in force: one source of truth for every number and pattern. */
public final class BylawsRules {

    private BylawsRules() {
    }

    /** The membership pre-screen rules of these bylaws. */
    public static EligibilityRules eligibility(BylawsDocument bylaws) {
        var membership = bylaws.membership();
        Map<Criterion, CriterionRules> criteria = new EnumMap<>(Criterion.class);
        for (BylawsDocument.Criterion c : membership.criteria()) {
            criteria.put(Criterion.valueOf(c.code()), new CriterionRules(c.executiveTitlePatterns(),
                    enums(OrganizationKind.class, c.organizationKinds()), enums(Sector.class, c.sectors())));
        }
        Set<String> regions = membership.region() == null || membership.region().isBlank()
                ? Set.of() : Set.of(membership.region());
        return new EligibilityRules(criteria, membership.nonExecutiveTitlePatterns() == null ? List.of()
                : membership.nonExecutiveTitlePatterns(), regions, membership.perOrganizationCap(),
                membership.totalCap(), membership.sponsorRequired());
    }

    /** The share of seated board members every board vote needs. */
    public static Threshold majority(BylawsDocument bylaws) {
        var m = bylaws.board().approvalMajority();
        return new Threshold(m.numerator(), m.denominator(), m.strictlyMore());
    }

    /** The board's seat types; title patterns are word sets, a leading {@code !} excludes (see SeatEligibility). */
    public static List<SeatType> seatTypes(BylawsDocument bylaws) {
        return bylaws.board().seatTypes().stream().map(t -> new SeatType(t.code(), t.name(), t.count(),
                Sector.valueOf(t.sector()), enums(Criterion.class, t.criteria()),
                enums(OrganizationKind.class, t.organizationKinds()), t.requiresRegion(), t.requiresFortune500(),
                t.requiresFoundingSponsor(), t.titlePatterns() == null ? List.of() : t.titlePatterns())).toList();
    }

    /** How the chair rotates, planning {@code planTerms} terms ahead. */
    public static RotationRules rotation(BylawsDocument bylaws, int planTerms) {
        var chair = bylaws.board().chair();
        return new RotationRules(chair.termMonths(), RotationRules.Order.valueOf(chair.order()), chair.minTenureMonths(),
                chair.noConsecutiveTerms(), planTerms);
    }

    /** How often summits happen (the period is the attendance period). */
    public static CadenceRules cadence(BylawsDocument bylaws) {
        var c = bylaws.cadence();
        return new CadenceRules(c.minSummitsPerYear(), c.maxSummitsPerYear(), bylaws.attendance().periodMonths(),
                c.minWeeksBetween(), c.scheduleAheadMonths());
    }

    /** What members owe: attendance per period, surveys, and when the board is asked to act. */
    public static ObligationRules obligations(BylawsDocument bylaws) {
        var a = bylaws.attendance();
        return new ObligationRules(a.minimum(), a.periodMonths(), a.delegatesCount(), a.judgeJoiningPeriod(),
                a.missedPeriodsBeforeProposal(), bylaws.surveys().minimumShare());
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> names) {
        return names == null ? Set.of() : names.stream().map(n -> Enum.valueOf(type, n)).collect(Collectors.toSet());
    }
}
