package org.partnershipsteward.membership.boundary;

/**
 * Extension point: a component whose items wait for the board's votes adds a section to the board's
 * queue ("Waiting for my decision") by providing a CDI bean of this type, named for the page that shows
 * its items; {@link BoardQueuePage} shows the membership applications itself. The summit component
 * provides the agendas, the obligation component the status proposals.
 */
public interface BoardQueueSection {

    /** Whether nothing of this component waits for the board. */
    boolean isEmpty();
}
