/**
 * The partnership's health as pure calculations: one class of measures per key ingredient, over plain
 * {@link org.partnershipsteward.health.control.Facts}, and the scorecard with trends per half-year. No
 * database, no container: the health boundary reads the facts and hands them in.
 */
package org.partnershipsteward.health.control;
