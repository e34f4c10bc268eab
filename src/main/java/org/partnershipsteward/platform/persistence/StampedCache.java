package org.partnershipsteward.platform.persistence;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values computed from the database and shared by every request until the data they came from changes.
 * The caller reads a cheap <em>stamp</em> first (counts and row-version sums that change with every
 * relevant write, by any instance), then asks for the value under that stamp: the cached value if it was
 * computed under the same stamp, otherwise a new one. Because the stamp is read before the value is
 * computed, a value is never stored under a newer stamp than the data it saw; at worst it is computed
 * again on the next request. One computation per key runs at a time; callers of the same key wait for
 * it instead of repeating it. Values must be immutable: every caller gets the same instance.
 *
 * @param <K> what the value is for (a period, say)
 * @param <V> the value
 */
public final class StampedCache<K, V> {

    private record Entry<V>(String stamp, V value) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final int capacity;

    /** @param capacity how many keys are kept; past it the cache starts over (a few keys are read in practice) */
    public StampedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    /** The value for {@code key} computed under {@code stamp}: the cached one, or {@code compute}'s, then cached. */
    public V get(K key, String stamp, Supplier<V> compute) {
        Entry<V> cached = entries.get(key);
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.value();
        }
        if (!entries.containsKey(key) && entries.size() >= capacity) {
            entries.clear();
        }
        return entries.compute(key, (k, current) -> current != null && current.stamp().equals(stamp)
                ? current : new Entry<>(stamp, compute.get())).value();
    }

    /** Forgets every value (tests; a change the stamps cannot see). */
    public void clear() {
        entries.clear();
    }
}
