package org.partnershipsteward.board.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.partnershipsteward.platform.config.PartnershipConfig;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates the seats of the bylaws in force at start-up, and every morning announces chair hand-overs
 * and terms ending soon (at 06:05 in the partnership's time zone). Each announcement is marked in the database in the same transaction, so two
 * instances never send it twice.
 */
@Singleton
@Startup
@DependsOn("BylawsStartup")
public class BoardStartup {

    private static final Logger LOG = Logger.getLogger(BoardStartup.class.getName());

    @Inject
    Board board;

    @Inject
    PartnershipConfig config;

    @Resource
    TimerService timers;

    @PostConstruct
    void seats() {
        board.ensureSeats();
        var everyMorning = new ScheduleExpression().hour(6).minute(5).timezone(config.zone().getId());
        timers.createCalendarTimer(everyMorning, new TimerConfig("board-daily", false));
    }

    @Timeout
    void daily() {
        try {
            board.reconcileActing("a leave started or ended");
            board.replan();
            board.announceStartingChairTerm();
            board.announceChairAbsences();
            board.announceEndingTerms();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Daily board work failed; it runs again tomorrow", e);
        }
    }
}
