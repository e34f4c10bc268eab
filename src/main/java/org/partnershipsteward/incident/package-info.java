/**
 * The day of an incident (issue 19): urgent alerts and drills sent ahead of everything queued in the outbox,
 * their one-click acknowledgements and second mail, and the resources each organisation can offer. Sits above
 * {@code health} (it fills health's {@code DrillRecords} extension point with the drills' acknowledgement times)
 * and uses summit's sharing labels, the notice outbox, membership, the board roster and organisations.
 */
package org.partnershipsteward.incident;
