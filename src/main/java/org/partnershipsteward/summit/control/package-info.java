/**
 * Summit bylaws as pure policies: the cadence check ({@link
 * org.partnershipsteward.summit.control.CadencePolicy}) that warns, never blocks. Depends
 * only on {@code java.*}.
 */
package org.partnershipsteward.summit.control;
