package dev.cfnguard.internal.eval;

import java.util.List;

/**
 * A node of the evaluation tree: the context string the reference builds for it, what it recorded, and
 * the records made while it was open. Immutable.
 */
public record EventRecord(String context, RecordType container, List<EventRecord> children) {
    public EventRecord {
        children = List.copyOf(children);
    }
}
