package org.partnershipsteward.health.boundary;

import java.util.List;
import org.partnershipsteward.health.control.Facts.ActionFact;

/**
 * Extension point: a source of the actions summits agreed, for the scorecard's "actions closed by their due day"
 * under Shared goals. The minutes component implements it; every bean of this type found by CDI is asked.
 */
public interface ActionRecords {

    /** Every action with its due day and, when closed, the day and whether it was done. */
    List<ActionFact> actions();
}
