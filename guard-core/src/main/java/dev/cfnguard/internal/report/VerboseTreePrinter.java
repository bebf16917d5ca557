package dev.cfnguard.internal.report;

import dev.cfnguard.internal.eval.EventRecord;
import dev.cfnguard.internal.eval.RecordText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Prints a record tree the way {@code --verbose} does: one record per line, children drawn with
 * {@code |-} and {@code `-} branches. Stateless.
 */
public final class VerboseTreePrinter {
    private VerboseTreePrinter() {}

    /** @throws UncheckedIOException when {@code out} fails */
    public static void print(EventRecord root, Appendable out) {
        try {
            print(root, "", true, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(EventRecord record, String prefix, boolean last, Appendable out) throws IOException {
        out.append(prefix).append(last ? "`- " : "|- ").append(RecordText.eventRecord(record)).append('\n');
        String childPrefix = prefix + (last ? "   " : "|  ");
        List<EventRecord> children = record.children();
        for (int i = 0; i < children.size(); i++) {
            print(children.get(i), childPrefix, i == children.size() - 1, out);
        }
    }
}
