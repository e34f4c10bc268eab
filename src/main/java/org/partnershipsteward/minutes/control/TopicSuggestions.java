package org.partnershipsteward.minutes.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnershipsteward.health.control.Facts.TopicFact;

/**
 * The topics an agenda in draft is offered: those members asked for (in surveys, through the health component's
 * {@code TopicDemand}) in the year before the summit, that the agenda does not hold yet, most asked first.
 */
public final class TopicSuggestions {

    /** How far back a request counts. */
    public static final int MONTHS_BACK = 12;

    private TopicSuggestions() {
    }

    public static List<String> rank(List<TopicFact> asked, Set<String> onAgenda, LocalDate summitDay) {
        LocalDate from = summitDay.minusMonths(MONTHS_BACK);
        Set<String> taken = onAgenda.stream().map(TopicSuggestions::key).collect(Collectors.toSet());
        Map<String, Long> counts = asked.stream().filter(t -> t.topic() != null && !t.date().isBefore(from)
                && !t.date().isAfter(summitDay) && !taken.contains(key(t.topic())))
                .collect(Collectors.groupingBy(t -> t.topic().strip(), Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
    }

    private static String key(String topic) {
        return topic.strip().toLowerCase(Locale.ROOT);
    }
}
