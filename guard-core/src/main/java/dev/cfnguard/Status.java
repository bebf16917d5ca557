package dev.cfnguard;

/** The outcome of a rule, and of a rule set against a document. */
public enum Status {
    /** Every clause that applied held. */
    PASS,
    /** At least one clause did not hold. */
    FAIL,
    /** Nothing applied: a {@code when} condition was false, or a query selected nothing to check. */
    SKIP
}
