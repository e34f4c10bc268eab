/**
 * Partnership health: the key-ingredient scorecard for the board, the secretariat's hand-over view of
 * everything in flight, and the yearly self-assessment worksheet. Reads the records of the other
 * components (members, organisations, seats, summits, notices) and owns only the worksheets. Other
 * components contribute without this one depending on them: {@code boundary.HandoverSection} (a
 * section of the hand-over view) and {@code boundary.TopicDemand} (topics members asked for).
 */
package org.partnershipsteward.health;
