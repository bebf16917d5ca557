package dev.cfnguard.internal.eval;

/** The outcome of a rule, clause or block. */
public enum Status {
    PASS,
    FAIL,
    SKIP;

    /**
     * Parses an expectation as written in a test file.
     *
     * @throws EvaluationException (kind {@link EvaluationException.Kind#INCOMPATIBLE}) for any other text
     */
    public static Status parse(String text) {
        return switch (text) {
            case "PASS" -> PASS;
            case "FAIL" -> FAIL;
            case "SKIP" -> SKIP;
            default -> throw new EvaluationException(EvaluationException.Kind.INCOMPATIBLE,
                    "Status code is incorrect " + text);
        };
    }
}
