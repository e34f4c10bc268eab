package org.partnershipsteward.bylaws.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import org.partnershipsteward.bylaws.entity.BylawsDocument;

/**
 * The adopted bylaws documents by their row's id, read from the database once per process. An adopted version is
 * never changed (a new one amends it), so a document kept here is never stale (keyed by the row, not the number, so
 * that a version whose adoption was rolled back cannot stand in for the one adopted under its number later); which version is in force on a day
 * is still read from the database on every call, so an amendment by another instance takes effect on its day here
 * too. Every rule of the system reads the bylaws, most of them on every request: this keeps the JSON out of it.
 */
@ApplicationScoped
public class AdoptedVersions {

    private final ConcurrentHashMap<Long, BylawsDocument> documents = new ConcurrentHashMap<>();

    /** The document of the version stored in row {@code id}: the one kept, or {@code load}'s (then kept). */
    public BylawsDocument document(long id, LongFunction<BylawsDocument> load) {
        return documents.computeIfAbsent(id, load::apply);
    }
}
