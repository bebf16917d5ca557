package dev.cfnguard;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one rule against one document. Immutable.
 *
 * @param name     the rule's name
 * @param status   its outcome
 * @param failures why it failed, one entry per check that did not hold; empty unless {@code status} is FAIL
 */
public record RuleResult(String name, Status status, List<ClauseFailure> failures) {

    /**
     * Checks that no component is null.
     *
     * @param name as described above
     * @param status as described above
     * @param failures as described above
     */
    public RuleResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        failures = List.copyOf(failures);
    }
}
