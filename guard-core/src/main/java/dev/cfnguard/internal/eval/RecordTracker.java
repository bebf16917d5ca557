package dev.cfnguard.internal.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Builds the record tree from matched start/end calls. Not thread-safe. */
final class RecordTracker {

    private static final class Open {
        final String context;
        final List<EventRecord> children = new ArrayList<>();

        Open(String context) {
            this.context = context;
        }
    }

    private final Deque<Open> open = new ArrayDeque<>();
    private EventRecord last;

    void start(String context) {
        open.push(new Open(context));
    }

    void end(String context, RecordType record) {
        Open current = open.poll();
        if (current == null) {
            throw new EvaluationException(EvaluationException.Kind.INCOMPATIBLE,
                    "Event Record end with context " + context + " did not have a corresponding start");
        }
        if (!current.context.equals(context)) {
            throw new EvaluationException(EvaluationException.Kind.INCOMPATIBLE,
                    "Event Record context start and end does not match " + context);
        }
        EventRecord finished = new EventRecord(current.context, record, current.children);
        Open parent = open.peek();
        if (parent == null) {
            last = finished;
        } else {
            parent.children.add(finished);
        }
    }

    /** The last record closed at the top level. */
    EventRecord result() {
        return last;
    }
}
