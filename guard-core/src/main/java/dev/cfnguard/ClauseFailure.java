package dev.cfnguard;

import java.util.Objects;
import java.util.Optional;

/**
 * One check that did not hold: which clause, where in the document, what was compared and what the rule
 * author said about it. Immutable.
 *
 * @param rule          the rule the clause belongs to
 * @param clause        the clause as the reports show it (for example
 *                      {@code Properties.ContainerDefinitions[*].Privileged not EQUALS true})
 * @param path          the JSON pointer of the document value the check looked at ({@code ""} for the root,
 *                      or when the check did not reach the document)
 * @param line          the 1-based line of that value in the document's text; 0 when unknown (documents made
 *                      from Java trees have no text)
 * @param column        the 1-based column of that value, counted in characters; 0 when unknown
 * @param actual        the value found, as compact JSON
 * @param expected      the value (or, for {@code IN}, the list of values) it was compared with, as compact JSON
 * @param customMessage the rule author's {@code << message >>}, without surrounding white space
 * @param explanation   the engine's own description of the failure
 */
public record ClauseFailure(String rule, String clause, String path, int line, int column,
                            Optional<String> actual, Optional<String> expected, Optional<String> customMessage,
                            Optional<String> explanation) {

    /**
     * Checks that no component is null.
     *
     * @param rule as described above
     * @param clause as described above
     * @param path as described above
     * @param line as described above
     * @param column as described above
     * @param actual as described above
     * @param expected as described above
     * @param customMessage as described above
     * @param explanation as described above
     */
    public ClauseFailure {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(customMessage, "customMessage");
        Objects.requireNonNull(explanation, "explanation");
    }
}
