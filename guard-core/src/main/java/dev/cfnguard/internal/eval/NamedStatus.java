package dev.cfnguard.internal.eval;

/**
 * The status of a named thing (a rule, or the file with its data file name); {@code message} is the
 * custom message of a parameterized rule call, null otherwise.
 */
public record NamedStatus(String name, Status status, String message) {}
