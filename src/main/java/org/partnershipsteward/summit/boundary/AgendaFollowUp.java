package org.partnershipsteward.summit.boundary;

import java.util.List;
import org.partnershipsteward.summit.entity.AgendaItem;

/**
 * Extension point: what a component above the summits adds to an agenda while it is drafted, without the summit
 * component depending on it. The minutes component provides the actions the "review of open actions" item lists and
 * the topics members asked for in surveys as suggestions. Every bean of this type found by CDI is asked.
 */
public interface AgendaFollowUp {

    /** One thing an agenda item lists: its id (e.g. an action's) and a line saying what it is. */
    record Listed(long id, String text) {
    }

    /** What the item lists (the review of open actions: each action still open), in order; usually nothing. */
    default List<Listed> listedUnder(AgendaItem item) {
        return List.of();
    }

    /** Topics members asked for that the secretariat may put on this summit's agenda. */
    default List<String> suggestedTopics(long summitId) {
        return List.of();
    }
}
