/**
 * Summit bylaws as pure policies: the cadence check ({@link
 * org.partnershipsteward.summit.control.CadencePolicy}) that warns, never blocks; what of an agenda
 * item each audience may be given by its sharing label ({@link
 * org.partnershipsteward.summit.control.SharingPolicy}). Depends on {@code java.*} and the
 * component's own entity values.
 */
package org.partnershipsteward.summit.control;
