package org.partnershipsteward.bylaws.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
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
}
