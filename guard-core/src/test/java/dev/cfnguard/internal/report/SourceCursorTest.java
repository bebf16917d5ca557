package dev.cfnguard.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The cursor the CloudFormation report quotes templates with. The expectations, odd ones included, are
 * the reference cursor's: the report's excerpts depend on them.
 */
class SourceCursorTest {

    private static final String TEXT = "one\ntwo\r\nthree\nfour\nfive\nsix\n";

    @Test
    void seeksForwardThenReadsOn() {
        SourceCursor cursor = new SourceCursor(TEXT);
        assertEquals(new SourceCursor.Line(2, "two"), cursor.seek(2));
        assertEquals(new SourceCursor.Line(3, "three"), cursor.next());
        assertEquals(new SourceCursor.Line(4, "four"), cursor.next());
    }

    @Test
    void seeksBackToLinesAlreadyRead() {
        SourceCursor cursor = new SourceCursor(TEXT);
        cursor.seek(5);
        assertEquals(new SourceCursor.Line(1, "one"), cursor.seek(1));
        assertEquals(new SourceCursor.Line(2, "two"), cursor.next());
    }

    @Test
    void seekingPastTheLinesReadAfterSeekingBackDrifts() {
        SourceCursor cursor = new SourceCursor(TEXT);
        cursor.seek(3);
        cursor.seek(1);
        // "four" to "six" are numbered 2 to 4, counting on from the position sought; the line returned is
        // the fourth one kept, which is "four" numbered 2.
        assertEquals(new SourceCursor.Line(2, "four"), cursor.seek(4));
        assertEquals(new SourceCursor.Line(3, "five"), cursor.next());
    }

    @Test
    void seekingToTheLastLineReadReadsToTheEnd() {
        SourceCursor cursor = new SourceCursor(TEXT);
        cursor.seek(3);
        assertNull(cursor.seek(3));
        assertNull(cursor.next());
    }

    @Test
    void seekingBeyondTheEndConsumesTheText() {
        SourceCursor cursor = new SourceCursor(TEXT);
        assertNull(cursor.seek(Long.MAX_VALUE));
        assertNull(cursor.next());
        assertEquals(new SourceCursor.Line(5, "five"), cursor.seek(5));
        assertEquals(new SourceCursor.Line(6, "six"), cursor.next());
        assertNull(cursor.next());
    }

    @Test
    void splitsLinesAsRustDoes() {
        SourceCursor cursor = new SourceCursor("a\r\n\nb\r");
        assertEquals("a", cursor.next().text());
        assertEquals("", cursor.next().text());
        assertEquals("b\r", cursor.next().text());
        assertNull(cursor.next());
    }
}
