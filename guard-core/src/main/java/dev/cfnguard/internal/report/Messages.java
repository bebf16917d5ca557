package dev.cfnguard.internal.report;

import dev.cfnguard.internal.value.Location;

/**
 * The texts attached to a failed check: the rule author's custom message and the explanation built by
 * the report, each null when absent, and the source location the SARIF report points at (null when the
 * reference has none; never serialized).
 */
public record Messages(String customMessage, String errorMessage, Location location) {

    static final Messages NONE = new Messages(null, null, null);
}
