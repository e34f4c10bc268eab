/**
 * Executive board bylaws as pure policies: who may hold a seat ({@link
 * org.partnershipsteward.board.control.SeatEligibility}) and who chairs when ({@link
 * org.partnershipsteward.board.control.ChairRotationPolicy}). Plain values in, plain values
 * out: no database, no container; depends only on {@code java.*} and
 * {@code eligibility.entity}.
 */
package org.partnershipsteward.board.control;
