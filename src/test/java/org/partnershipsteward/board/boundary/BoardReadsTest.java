package org.partnershipsteward.board.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.platform.persistence.RenderMemo;

/** The board page's shared reads (issue 21): the seats and the day's leaves once per rendering, current rows otherwise. */
class BoardReadsTest {

    private final List<String> queries = new ArrayList<>();

    /** An entity manager that records each query it is asked to create and answers each with an empty list of its own. */
    private final EntityManager em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                if (!method.getName().equals("createQuery")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                queries.add((String) args[0]);
                return query();
            });

    private static TypedQuery<?> query() {
        List<Object> rows = new ArrayList<>();
        return (TypedQuery<?>) Proxy.newProxyInstance(BoardReadsTest.class.getClassLoader(), new Class<?>[] {TypedQuery.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setParameter" -> proxy;
                    case "getResultList" -> rows;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @AfterEach
    void end() {
        RenderMemo.end();
    }

    @Test
    void whileThePageRendersTheSeatsAndTheDaysLeavesAreReadOnceForAllItsParts() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        RenderMemo.start();
        // the seats' table, then who speaks for each seat (SeatHolders), then the caller's own seat
        assertSame(BoardReads.seatsInOrder(em), BoardReads.seatsInOrder(em));
        assertSame(BoardReads.leavesOn(em, day), BoardReads.leavesOn(em, day));
        assertEquals(2, queries.size(), "one query each: " + queries);
        BoardReads.leavesOn(em, day.plusDays(1));
        assertEquals(3, queries.size(), "another day is another question");
    }

    @Test
    void outsideARenderingEveryCallReadsCurrentRows() {
        // decisions (a vote counted under the seat's lock, a leave recorded) must see rows as they are now
        BoardReads.seatsInOrder(em);
        BoardReads.seatsInOrder(em);
        BoardReads.leavesOn(em, LocalDate.of(2026, 12, 2));
        BoardReads.leavesOn(em, LocalDate.of(2026, 12, 2));
        assertEquals(4, queries.size());
    }
}
