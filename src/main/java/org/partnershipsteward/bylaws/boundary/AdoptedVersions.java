package org.partnershipsteward.bylaws.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.partnershipsteward.bylaws.entity.BylawsDocument;

/**
 * The adopted bylaws: the documents by their row's id, read from the database once per process, and the short list
 * of which versions were adopted for which day, kept for a second for reads that decide nothing.
 * <p>
 * An adopted version is never changed (a new one amends it), so a document kept here is never stale (keyed by the
 * row, not the number, so that a version whose adoption was rolled back cannot stand in for the one adopted under
 * its number later). Every rule of the system reads the bylaws, most of them on every request: this keeps the JSON
 * out of it.
 * <p>
 * The list of versions ({@link #dated}) changes only when the bylaws are amended. A read inside a transaction (a
 * decision, which may hold a row lock) always reads the rows. A read outside one (a page, an API read) may get the
 * list read up to {@link #KEEP} ago: an amendment on this instance is seen by the next read after it commits (it is
 * forgotten then, and a read that raced with the amendment is not kept); one adopted on another instance sharing the
 * database within {@link #KEEP} (docs/operations.md, "Two instances"). Which version is in force on a day is still
 * worked out from the list on every call, so an amendment takes effect on its day.
 */
@ApplicationScoped
public class AdoptedVersions {

    /** How long a list of versions read outside a transaction is kept. */
    static final Duration KEEP = Duration.ofSeconds(1);

    private final ConcurrentHashMap<Long, BylawsDocument> documents = new ConcurrentHashMap<>();

    private final AtomicLong amendments = new AtomicLong();

    private final LongSupplier nanoTime;

    private volatile Kept kept;

    private record Kept(List<Object[]> rows, long readAt, long amendments) {
    }

    public AdoptedVersions() {
        this(System::nanoTime);
    }

    AdoptedVersions(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** The document of the version stored in row {@code id}: the one kept, or {@code load}'s (then kept). */
    public BylawsDocument document(long id, LongFunction<BylawsDocument> load) {
        return documents.computeIfAbsent(id, load::apply);
    }

    /**
     * The rows of {@code BylawsVersion.DATED} (number, effective day, row id): {@code load}'s when {@code decision}
     * (the caller is inside a transaction), else the list kept if read less than {@link #KEEP} ago and no amendment
     * committed here since. The rows are shared: callers must not change them.
     */
    public List<Object[]> dated(boolean decision, Supplier<List<Object[]>> load) {
        if (decision) {
            return load.get();
        }
        long now = nanoTime.getAsLong();
        long amendmentsBefore = amendments.get();
        Kept current = kept;
        if (current != null && current.amendments() == amendmentsBefore && now - current.readAt() < KEEP.toNanos()) {
            return current.rows();
        }
        List<Object[]> rows = List.copyOf(load.get());
        // not kept when empty (the first version is being installed) or when an amendment committed meanwhile
        if (!rows.isEmpty() && amendments.get() == amendmentsBefore) {
            kept = new Kept(rows, now, amendmentsBefore);
        }
        return rows;
    }

    /** An amendment committed on this instance: the next read outside a transaction reads the rows. */
    void amended(@Observes(during = TransactionPhase.AFTER_SUCCESS) BylawsAmended amendment) {
        forget();
    }

    /** Forgets the list of versions kept. */
    public void forget() {
        amendments.incrementAndGet();
        kept = null;
    }
}
