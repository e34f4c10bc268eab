package org.partnershipsteward.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.event.PhaseId;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.platform.web.RenderMemoListener;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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

    @Test
    void anEntityWrittenWhileAPageRendersDropsWhatWasKept() {
        RenderMemo.start();
        assertEquals("answer 1", RenderMemo.of("bylaws", this::read));
        new RenderMemoWrites().written(new Object());
        assertTrue(RenderMemo.open(), "the rendering goes on");
        assertEquals("answer 2", RenderMemo.of("bylaws", this::read), "asked again after the write");
        assertEquals("answer 2", RenderMemo.of("bylaws", this::read), "and kept again");
    }

    @Test
    void aWriteOutsideARenderingKeepsNothingOpen() {
        new RenderMemoWrites().written(new Object());
        assertFalse(RenderMemo.open());
        assertEquals("answer 1", RenderMemo.of("bylaws", this::read));
        assertEquals("answer 2", RenderMemo.of("bylaws", this::read));
    }

    /** Every entity has the listener (a default listener of the persistence unit), on every kind of write. */
    @Test
    void everyEntityWriteReachesTheListener() throws Exception {
        Document orm;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/orm.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            orm = factory.newDocumentBuilder().parse(in);
        }
        NodeList defaults = orm.getElementsByTagNameNS("*", "persistence-unit-defaults");
        assertEquals(1, defaults.getLength());
        NodeList listeners = ((Element) defaults.item(0)).getElementsByTagNameNS("*", "entity-listener");
        assertEquals(1, listeners.getLength());
        assertEquals(RenderMemoWrites.class.getName(), ((Element) listeners.item(0)).getAttribute("class"));
        Method written = RenderMemoWrites.class.getDeclaredMethod("written", Object.class);
        for (Class<? extends Annotation> callback : List.of(PrePersist.class, PreUpdate.class, PreRemove.class,
                PostPersist.class, PostUpdate.class, PostRemove.class)) {
            assertTrue(written.isAnnotationPresent(callback), callback.getSimpleName());
        }
    }
}
