package dev.cfnguard.internal.eval;

import java.util.List;

/**
 * The overall status of a rules file against one document, each rule's status in evaluation order (a name
 * that several rules share appears once per rule), and the record tree of the evaluation, null when it
 * ran without recording.
 */
public record EvaluationResult(Status status, List<NamedStatus> rules, EventRecord root) {
    public EvaluationResult {
        rules = List.copyOf(rules);
    }

    /** Whether the record tree was kept. */
    public boolean recorded() {
        return root != null;
    }
}
