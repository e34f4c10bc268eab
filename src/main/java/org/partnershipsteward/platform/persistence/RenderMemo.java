package org.partnershipsteward.platform.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads repeated while one page is rendered, made once. A page asks the same question of the database many times
 * while it renders (the bylaws in force, the signed-in member, who speaks for each seat): each component asks on its
 * own, in its own transaction. While a page renders, and only then, the first answer is kept for the rest of that
 * rendering on that thread ({@code RenderMemoListener} opens and closes it around Faces' render phase).
 * <p>
 * Why only then: rendering should write nothing, so every answer stays true until the page is sent. Actions, the
 * API, timers and the relay never see a kept answer, so a decision (taken under a row lock, say) always reads current
 * rows. Should a page write while it renders all the same, whatever was kept is dropped: {@link RenderMemoWrites}, a
 * default listener of every entity (META-INF/orm.xml), calls {@link #forget} before and after each insert, update and
 * delete, so the rest of that rendering asks again. Not seen: a native SQL write, and a read in another transaction
 * between a write's flush and its commit (it sees the row as committed before).
 * Outside a rendering {@link #of} simply asks. Values are shared by the callers of one rendering: they must not be
 * changed.
 */
public final class RenderMemo {

    private static final ThreadLocal<Map<Object, Object>> KEPT = new ThreadLocal<>();

    private RenderMemo() {
    }

    /** The answer kept for {@code key} in this rendering, or {@code load}'s (then kept); just {@code load}'s outside one. */
    @SuppressWarnings("unchecked")
    public static <T> T of(Object key, Supplier<T> load) {
        Map<Object, Object> kept = KEPT.get();
        if (kept == null) {
            return load.get();
        }
        if (kept.containsKey(key)) {
            return (T) kept.get(key);
        }
        T value = load.get();
        kept.put(key, value);
        return value;
    }

    /** Whether answers are kept now (a page is being rendered on this thread). */
    public static boolean open() {
        return KEPT.get() != null;
    }

    /** Drops every answer kept in this rendering (an entity was written); nothing to do outside one. */
    public static void forget() {
        Map<Object, Object> kept = KEPT.get();
        if (kept != null) {
            kept.clear();
        }
    }

    /** A page starts rendering on this thread: answers are kept from now on. */
    public static void start() {
        KEPT.set(new HashMap<>());
    }

    /** The page is rendered (or failed): nothing is kept any more. */
    public static void end() {
        KEPT.remove();
    }
}
