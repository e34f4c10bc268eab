package org.partnershipsteward.health.boundary;

import java.util.List;
import org.partnershipsteward.health.control.Facts.DrillFact;

/**
 * Extension point: the alert drills run, each with the minutes until half and until all of its recipients
 * acknowledged it (the Resiliency measures "Alert drill: half / all acknowledged after"). The incident component
 * provides it ({@code incident.boundary.Drills}), so that health need not know alerts. Every bean of this type
 * found by CDI is asked; with none, the measures say n/a.
 */
public interface DrillRecords {

    List<DrillFact> drills();
}
