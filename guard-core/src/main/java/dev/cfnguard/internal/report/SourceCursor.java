package dev.cfnguard.internal.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A cursor over the lines of a data file's text that the CloudFormation report quotes from. It keeps
 * the reference cursor's exact behaviour, quirks included, because its output depends on them: seeking
 * back reuses the lines already read, but seeking past them after a seek back keeps counting from the
 * position sought, so the numbers (and lines) it returns then drift. Lines are split as Rust's
 * {@code str::lines} splits them. Not thread-safe.
 */
final class SourceCursor {

    /** A line and the number the cursor gives it. */
    record Line(long number, String text) {}

    private final String text;
    private int nextLineStart;
    private long position;
    private final List<Line> read = new ArrayList<>();

    SourceCursor(String text) {
        this.text = text;
    }

    /** The line after the current position, or null at the end of the text. */
    Line next() {
        if (position < read.size()) {
            position++;
            return read.get((int) position - 1);
        }
        String line = readLine();
        if (line == null) {
            return null;
        }
        position++;
        read.add(new Line(position, line));
        return read.get((int) position - 1);
    }

    /**
     * Moves to line {@code number} (1-based) and returns it, or null when the text has fewer lines (the
     * rest of the text is then consumed).
     */
    Line seek(long number) {
        if (read.size() > number) {
            position = number;
            return read.get((int) position - 1);
        }
        while (true) {
            String line = readLine();
            if (line == null) {
                return null;
            }
            position++;
            read.add(new Line(position, line));
            if (position == number) {
                return read.get((int) position - 1);
            }
        }
    }

    private String readLine() {
        if (nextLineStart >= text.length()) {
            return null;
        }
        int end = text.indexOf('\n', nextLineStart);
        if (end < 0) {
            // A last line without a line feed keeps a trailing carriage return.
            String line = text.substring(nextLineStart);
            nextLineStart = text.length();
            return line;
        }
        String line = text.substring(nextLineStart, end);
        nextLineStart = end + 1;
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
