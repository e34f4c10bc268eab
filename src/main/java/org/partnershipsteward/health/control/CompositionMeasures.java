package org.partnershipsteward.health.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.partnershipsteward.health.control.Facts.MemberFact;

/** Membership composition: the right mix of sectors, criteria and organisations. */
public final class CompositionMeasures {

    private CompositionMeasures() {
    }

    /** How many members belonged on the date under each of the four criteria. */
    public static Map<String, Long> criterionMix(List<MemberFact> members, LocalDate date) {
        return members.stream().filter(m -> m.belongsOn(date))
                .collect(Collectors.groupingBy(MemberFact::criterion, TreeMap::new, Collectors.counting()));
    }

    /** How many of the four criteria at least one member belonging on the date meets. */
    public static Double criteriaRepresented(List<MemberFact> members, LocalDate date) {
        return (double) criterionMix(members, date).size();
    }

    /** Percent of the members belonging on the date who come from the public sector; null without members. */
    public static Double publicSectorShare(List<MemberFact> members, LocalDate date) {
        List<MemberFact> current = members.stream().filter(m -> m.belongsOn(date)).toList();
        return Ratios.percent(current.stream().filter(MemberFact::publicSector).count(), current.size());
    }

    /** Percent of the organisations represented on the date that have more than one member (depth for hand-overs). */
    public static Double organizationsWithSeveralMembers(List<MemberFact> members, LocalDate date) {
        Map<Long, Long> perOrganization = members.stream().filter(m -> m.belongsOn(date))
                .collect(Collectors.groupingBy(MemberFact::organizationId, Collectors.counting()));
        return Ratios.percent(perOrganization.values().stream().filter(n -> n > 1).count(), perOrganization.size());
    }
}
