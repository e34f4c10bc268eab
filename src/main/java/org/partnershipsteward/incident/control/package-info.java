/**
 * The rules of urgent alerts as pure functions over plain values and instants: who an audience is
 * ({@link org.partnershipsteward.incident.control.AlertPolicy}), what of an alert each path out of the portal
 * carries by its sharing label ({@link org.partnershipsteward.incident.control.AlertDisclosure}), and when the
 * second mail is due. Depends on {@code java.*}, the component's entity values and summit's sharing policy.
 */
package org.partnershipsteward.incident.control;
