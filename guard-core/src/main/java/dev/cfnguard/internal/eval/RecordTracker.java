package dev.cfnguard.internal.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the record tree from matched start/end calls. Not thread-safe.
 *
 * <p>The records closed inside each open record wait on one stack, so that a record costs one object and
 * one copy of its children: most records are leaves, and an evaluation makes tens of thousands of them.
 */
final class RecordTracker {

    /** Children made so far of every open record, the innermost record's last. */
    private final List<EventRecord> pending = new ArrayList<>();
    /** The open records' contexts and where their children start in {@link #pending}. */
    private String[] openContexts = new String[16];
    private int[] openStarts = new int[16];
    private int depth;
    private EventRecord last;

    void start(String context) {
        if (depth == openContexts.length) {
            openContexts = Arrays.copyOf(openContexts, depth * 2);
            openStarts = Arrays.copyOf(openStarts, depth * 2);
        }
        openContexts[depth] = context;
        openStarts[depth] = pending.size();
        depth++;
    }

    void end(String context, RecordType record) {
        if (depth == 0) {
            throw new EvaluationException(EvaluationException.Kind.INCOMPATIBLE,
                    "Event Record end with context " + context + " did not have a corresponding start");
        }
        depth--;
        String started = openContexts[depth];
        openContexts[depth] = null;
        if (!started.equals(context)) {
            throw new EvaluationException(EvaluationException.Kind.INCOMPATIBLE,
                    "Event Record context start and end does not match " + context);
        }
        int from = openStarts[depth];
        List<EventRecord> children;
        if (from == pending.size()) {
            children = List.of();
        } else {
            List<EventRecord> made = pending.subList(from, pending.size());
            children = List.copyOf(made);
            made.clear();
        }
        EventRecord finished = new EventRecord(started, record, children);
        if (depth == 0) {
            last = finished;
        } else {
            pending.add(finished);
        }
    }

    /** The last record closed at the top level. */
    EventRecord result() {
        return last;
    }
}
