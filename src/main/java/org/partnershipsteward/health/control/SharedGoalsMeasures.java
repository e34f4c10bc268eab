package org.partnershipsteward.health.control;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipsteward.health.control.Facts.TopicFact;
import org.partnershipsteward.platform.time.Period;

/** Shared goals: do the summits take up what the members ask for? */
public final class SharedGoalsMeasures {

    private SharedGoalsMeasures() {
    }

    /**
     * Percent of the distinct topics members asked for in the period that were on an agenda on or after the
     * day they were asked for; null when nobody asked for anything in the period.
     */
    public static Double requestedTopicsTakenUp(List<TopicFact> requested, List<TopicFact> agenda, Period period) {
        List<TopicFact> asked = requested.stream().filter(t -> period.contains(t.date())).toList();
        Set<String> topics = asked.stream().map(t -> key(t.topic())).collect(Collectors.toSet());
        long takenUp = topics.stream().filter(topic -> {
            var firstAsked = asked.stream().filter(t -> key(t.topic()).equals(topic)).map(TopicFact::date).min(
                    java.util.Comparator.naturalOrder()).orElseThrow();
            return agenda.stream().anyMatch(a -> key(a.topic()).equals(topic) && !a.date().isBefore(firstAsked));
        }).count();
        return Ratios.percent(takenUp, topics.size());
    }

    /** How many distinct topics the period's agendas covered. */
    public static Double topicsOnAgendas(List<TopicFact> agenda, Period period) {
        return (double) agenda.stream().filter(t -> period.contains(t.date())).map(t -> key(t.topic())).distinct().count();
    }

    /**
     * Percent of the actions due in the period (and due before today, or done) that were done by their due day;
     * dropped actions do not count; null when no action was due.
     */
    public static Double actionsClosedByDue(List<Facts.ActionFact> actions, Period period, java.time.LocalDate today) {
        List<Facts.ActionFact> due = actions.stream().filter(a -> !a.dropped() && period.contains(a.due())
                && (a.due().isBefore(today) || a.done())).toList();
        long onTime = due.stream().filter(a -> a.done() && a.closedOn() != null && !a.closedOn().isAfter(a.due())).count();
        return Ratios.percent(onTime, due.size());
    }

    private static String key(String topic) {
        return topic.trim().toLowerCase(Locale.ROOT);
    }
}
