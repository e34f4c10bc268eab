package org.partnershipsteward.board.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates the seats of the bylaws in force at start-up, and every morning announces chair hand-overs
 * and terms ending soon. Each announcement is marked in the database in the same transaction, so two
 * instances never send it twice.
 */
@Singleton
@Startup
@DependsOn("BylawsStartup")
public class BoardStartup {

    private static final Logger LOG = Logger.getLogger(BoardStartup.class.getName());

    @Inject
    Board board;

    @PostConstruct
    void seats() {
        board.ensureSeats();
    }

    @Schedule(hour = "6", minute = "5", persistent = false, info = "board-daily")
    void daily() {
        try {
            board.replan();
            board.announceStartingChairTerm();
            board.announceEndingTerms();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Daily board work failed; it runs again tomorrow", e);
        }
    }
}
