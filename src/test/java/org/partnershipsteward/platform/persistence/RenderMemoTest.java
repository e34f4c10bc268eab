package org.partnershipsteward.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.event.PhaseId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.platform.web.RenderMemoListener;

class RenderMemoTest {

    private final AtomicInteger reads = new AtomicInteger();

    private String read() {
        return "answer " + reads.incrementAndGet();
    }

    @AfterEach
    void end() {
        RenderMemo.end();
    }

    @Test
    void outsideARenderingEveryQuestionIsAskedAgain() {
        assertFalse(RenderMemo.open());
        assertEquals("answer 1", RenderMemo.of("bylaws", this::read));
        assertEquals("answer 2", RenderMemo.of("bylaws", this::read), "actions, the API and timers read current rows");
    }

    @Test
    void whileAPageRendersEachQuestionIsAskedOnce() {
        RenderMemo.start();
        assertTrue(RenderMemo.open());
        assertEquals("answer 1", RenderMemo.of("bylaws", this::read));
        assertEquals("answer 1", RenderMemo.of("bylaws", this::read));
        assertEquals("answer 2", RenderMemo.of("member", this::read), "another question is asked");
        assertEquals(2, reads.get());
    }

    @Test
    void anEmptyAnswerIsKeptToo() {
        RenderMemo.start();
        assertNull(RenderMemo.of("none", () -> {
            reads.incrementAndGet();
            return null;
        }));
        assertNull(RenderMemo.of("none", this::read));
        assertEquals(1, reads.get());
    }

    @Test
    void theNextRenderingAsksAgain() {
        RenderMemo.start();
        assertEquals("answer 1", RenderMemo.of("bylaws", this::read));
        RenderMemo.end();
        assertEquals("answer 2", RenderMemo.of("bylaws", this::read), "nothing kept between renderings");
        RenderMemo.start();
        assertEquals("answer 3", RenderMemo.of("bylaws", this::read));
    }

    @Test
    void anotherThreadKeepsNothingOfThisRendering() throws InterruptedException {
        RenderMemo.start();
        RenderMemo.of("bylaws", this::read);
        Thread other = new Thread(() -> RenderMemo.of("bylaws", this::read));
        other.start();
        other.join();
        assertEquals(2, reads.get());
    }

    @Test
    void theListenerKeepsAnswersForTheRenderPhaseOnly() {
        RenderMemoListener listener = new RenderMemoListener();
        assertEquals(PhaseId.RENDER_RESPONSE, listener.getPhaseId());
        listener.beforePhase(null);
        assertTrue(RenderMemo.open());
        listener.afterPhase(null);
        assertFalse(RenderMemo.open());
    }
}
