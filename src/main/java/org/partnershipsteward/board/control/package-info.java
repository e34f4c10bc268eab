/**
 * Executive board bylaws as pure policies: who may hold a seat ({@link
 * org.partnershipsteward.board.control.SeatEligibility}) and who chairs when ({@link
 * org.partnershipsteward.board.control.ChairRotationPolicy}), and how a board vote is counted ({@link
 * org.partnershipsteward.ballot.control.BallotBox}: one vote per seat holder, {@link
 * org.partnershipsteward.bylaws.control.MajorityRule} over the seated members). Plain values in, plain values
 * out: no database, no container; depends only on {@code java.*},
 * {@code board.entity} and {@code eligibility.entity}.
 */
package org.partnershipsteward.board.control;
