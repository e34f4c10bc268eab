package org.partnershipsteward.summit.control;

import java.time.LocalDate;
import java.util.Objects;

/** A summit on the calendar, held or planned; a cancelled one does not count for cadence. */
public record PlannedSummit(long id, LocalDate date, boolean cancelled) {

    public PlannedSummit {
        Objects.requireNonNull(date, "date");
    }
}
