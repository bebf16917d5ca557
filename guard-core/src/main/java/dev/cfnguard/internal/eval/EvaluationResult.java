package dev.cfnguard.internal.eval;

/** The overall status of a rules file against one document, and the record tree of the evaluation. */
public record EvaluationResult(Status status, EventRecord root) {}
