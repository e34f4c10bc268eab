package org.partnershipsteward.minutes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.minutes.control.RevisionPolicy.Line;

/** Revisions: what a save keeps, when it is a new revision, and how two revisions compare. */
class RevisionPolicyTest {

    private static final Set<Long> SECTIONS = new LinkedHashSet<>(List.of(1L, 2L, 3L));

    @Test
    void aSaveKeepsTheNotesOfSectionsItDoesNotName() {
        Map<Long, String> next = RevisionPolicy.apply(Map.of(1L, "one", 2L, "two"), Map.of(2L, "two, amended"), SECTIONS);
        assertEquals(Map.of(1L, "one", 2L, "two, amended", 3L, ""), next);
    }

    @Test
    void everySectionOfTheAgendaIsInEveryRevision() {
        assertEquals(SECTIONS, RevisionPolicy.apply(Map.of(), Map.of(), SECTIONS).keySet());
    }

    @Test
    void aSectionOutsideTheAgendaIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RevisionPolicy.apply(Map.of(), Map.of(99L, "x"), SECTIONS));
        assertTrue(e.getMessage().contains("99"));
    }

    @Test
    void notesLongerThanTheLimitAreRefused() {
        String tooLong = "x".repeat(RevisionPolicy.MAX_NOTES + 1);
        assertThrows(IllegalArgumentException.class, () -> RevisionPolicy.apply(Map.of(), Map.of(1L, tooLong), SECTIONS));
        assertEquals(RevisionPolicy.MAX_NOTES, RevisionPolicy.apply(Map.of(), Map.of(1L, "x".repeat(RevisionPolicy.MAX_NOTES)),
                SECTIONS).get(1L).length());
    }

    @Test
    void aSaveThatChangesNoSectionIsNoNewRevision() {
        Map<Long, String> previous = Map.of(1L, "one", 2L, "", 3L, "");
        Map<Long, String> same = RevisionPolicy.apply(previous, Map.of(1L, "one\r\n"), SECTIONS);
        assertFalse(RevisionPolicy.changed(previous, same));
        assertTrue(RevisionPolicy.changed(previous, RevisionPolicy.apply(previous, Map.of(1L, "One"), SECTIONS)));
    }

    @Test
    void theComparisonWithThePreviousRevisionShowsRemovedAndAddedLines() {
        var changes = RevisionPolicy.compare(Map.of(1L, "a\nb\nc", 2L, "same"), Map.of(1L, "a\nB\nc\nd", 2L, "same"));
        var first = changes.stream().filter(c -> c.agendaItemId() == 1L).findFirst().orElseThrow();
        assertTrue(first.changed());
        assertEquals(List.of(new Line(Line.Kind.KEPT, "a"), new Line(Line.Kind.REMOVED, "b"), new Line(Line.Kind.ADDED, "B"),
                new Line(Line.Kind.KEPT, "c"), new Line(Line.Kind.ADDED, "d")), first.lines());
        var second = changes.stream().filter(c -> c.agendaItemId() == 2L).findFirst().orElseThrow();
        assertFalse(second.changed());
        assertEquals(List.of(new Line(Line.Kind.KEPT, "same")), second.lines());
    }

    @Test
    void aHugeComparisonStaysBoundedAndStillShowsEveryLine() {
        String many = "x\n".repeat(1000) + "x";
        String other = "y\n".repeat(1000) + "y";
        var lines = RevisionPolicy.lines(many, other);
        assertEquals(2002, lines.size());
        assertEquals(1001, lines.stream().filter(l -> l.kind() == Line.Kind.REMOVED).count());
    }
}
