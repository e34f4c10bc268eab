package org.partnershipsteward.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StampedCacheTest {

    @Test
    void aValueIsSharedWhileItsStampHolds() {
        StampedCache<String, List<String>> cache = new StampedCache<>(4);
        AtomicInteger computed = new AtomicInteger();
        List<String> first = cache.get("2026-H1", "s1", () -> List.of("v" + computed.incrementAndGet()));
        List<String> again = cache.get("2026-H1", "s1", () -> List.of("v" + computed.incrementAndGet()));
        assertSame(first, again);
        assertEquals(1, computed.get());
    }

    @Test
    void aNewStampComputesTheValueAgain() {
        StampedCache<String, String> cache = new StampedCache<>(4);
        assertEquals("old", cache.get("2026-H1", "s1", () -> "old"));
        assertEquals("new", cache.get("2026-H1", "s2", () -> "new"));
        assertEquals("new", cache.get("2026-H1", "s2", () -> "newer"));
    }

    @Test
    void keysAreKeptApart() {
        StampedCache<String, String> cache = new StampedCache<>(4);
        assertEquals("h1", cache.get("2026-H1", "s", () -> "h1"));
        assertEquals("h2", cache.get("2026-H2", "s", () -> "h2"));
        assertEquals("h1", cache.get("2026-H1", "s", () -> "other"));
    }

    @Test
    void pastItsCapacityTheCacheStartsOver() {
        StampedCache<Integer, String> cache = new StampedCache<>(2);
        cache.get(1, "s", () -> "one");
        cache.get(2, "s", () -> "two");
        cache.get(3, "s", () -> "three");
        assertEquals("one again", cache.get(1, "s", () -> "one again"));
        assertThrows(IllegalArgumentException.class, () -> new StampedCache<>(0));
    }

    @Test
    void callersOfOneKeyWaitForOneComputationInsteadOfRepeatingIt() throws Exception {
        StampedCache<String, String> cache = new StampedCache<>(4);
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return cache.get("2026-H1", "s1", () -> {
                        computed.incrementAndGet();
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return "report";
                    });
                }));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                assertEquals("report", answer.get());
            }
            assertEquals(1, computed.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
