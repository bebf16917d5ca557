package dev.cfnguard.internal.eval;

/** The status of a block-like construct; {@code message} is null when there is none. */
public record BlockCheck(boolean atLeastOneMatches, Status status, String message) {}
