package dev.cfnguard.internal.eval;

/** The outcome of a rule, clause or block. */
public enum Status {
    PASS,
    FAIL,
    SKIP;

    /** Where every part must pass: any failure fails, else any pass passes; all skipped (or none) skips. */
    static Status allOf(int passes, int fails) {
        return fails > 0 ? FAIL : passes > 0 ? PASS : SKIP;
    }

    /** Where one part must pass ({@code some}): any pass passes, else any failure fails, else skipped. */
    static Status anyOf(int passes, int fails) {
        return passes > 0 ? PASS : fails > 0 ? FAIL : SKIP;
    }

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
