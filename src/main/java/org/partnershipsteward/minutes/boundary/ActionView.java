package org.partnershipsteward.minutes.boundary;

import java.time.LocalDate;
import org.partnershipsteward.minutes.entity.ActionItem;

/** An action item as the API and the pages show it. */
public record ActionView(long id, long summitId, String summitTitle, String title, long ownerMemberId, String ownerName,
        LocalDate due, String status, String note, LocalDate closedOn, boolean overdue) {

    static ActionView of(ActionItem a, String summitTitle, String ownerName, boolean overdue) {
        return new ActionView(a.getId(), a.getSummitId(), summitTitle, a.getTitle(), a.getOwnerMemberId(), ownerName,
                a.getDueOn(), a.getStatus().name(), a.getNote(), a.getClosedOn(), overdue);
    }
}
