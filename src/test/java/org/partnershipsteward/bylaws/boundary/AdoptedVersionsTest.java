package org.partnershipsteward.bylaws.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.bylaws.control.BylawsCodec;
import org.partnershipsteward.bylaws.entity.BylawsDocument;

class AdoptedVersionsTest {

    private final AdoptedVersions adopted = new AdoptedVersions();
    private final AtomicInteger loads = new AtomicInteger();

    private BylawsDocument load(long id) {
        loads.incrementAndGet();
        BylawsDocument shipped = BylawsCodec.tcspDefault();
        return shipped.asVersion((int) id, shipped.effectiveFrom());
    }

    @Test
    void anAdoptedVersionIsReadFromTheDatabaseOnceAndThenServedAsKept() {
        BylawsDocument first = adopted.document(7, this::load);
        BylawsDocument again = adopted.document(7, this::load);

        assertSame(first, again);
        assertEquals(1, loads.get());
    }

    @Test
    void eachStoredRowHasItsOwnDocumentSoARolledBackAdoptionCannotStandInForALaterOne() {
        BylawsDocument rolledBack = adopted.document(7, this::load);
        BylawsDocument adoptedLater = adopted.document(8, this::load);

        assertNotSame(rolledBack, adoptedLater);
        assertEquals(2, loads.get());
        assertEquals(8, adoptedLater.version());
    }

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final AdoptedVersions timed = new AdoptedVersions(now::get);
    private final AtomicInteger reads = new AtomicInteger();

    private List<Object[]> rows() {
        reads.incrementAndGet();
        return List.<Object[]>of(new Object[] {1, java.time.LocalDate.of(2024, 1, 1), 11L});
    }

    @Test
    void aReadThatDecidesNothingGetsTheListOfVersionsReadLessThanASecondAgo() {
        List<Object[]> first = timed.dated(false, this::rows);
        now.addAndGet(AdoptedVersions.KEEP.toNanos() - 1);

        assertSame(first, timed.dated(false, this::rows));
        assertEquals(1, reads.get());
    }

    @Test
    void aListOfVersionsOlderThanASecondIsReadAgainSoAnAmendmentOnAnotherInstanceCountsWithinIt() {
        timed.dated(false, this::rows);
        now.addAndGet(AdoptedVersions.KEEP.toNanos());

        timed.dated(false, this::rows);
        assertEquals(2, reads.get());
    }

    @Test
    void aDecisionInsideATransactionAlwaysReadsTheRows() {
        timed.dated(false, this::rows);
        timed.dated(true, this::rows);
        timed.dated(true, this::rows);

        assertEquals(3, reads.get());
    }

    @Test
    void anAmendmentCommittedHereIsSeenByTheNextRead() {
        timed.dated(false, this::rows);
        timed.amended(new BylawsAmended(2, java.time.LocalDate.of(2026, 1, 1), "amended"));

        timed.dated(false, this::rows);
        assertEquals(2, reads.get());
    }

    @Test
    void aReadThatRacedWithAnAmendmentIsNotKept() {
        timed.dated(false, () -> {
            timed.forget(); // the amendment commits while the old rows are being read
            return rows();
        });

        timed.dated(false, this::rows);
        assertEquals(2, reads.get(), "the rows read before the amendment were not kept");
    }

    @Test
    void noVersionsYetIsNotKeptSoTheFirstInstalledVersionCountsAtOnce() {
        timed.dated(false, () -> {
            reads.incrementAndGet();
            return List.of();
        });

        assertEquals(1, timed.dated(false, this::rows).size());
        assertEquals(2, reads.get());
    }
}
