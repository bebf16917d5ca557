package dev.cfnguard.internal.eval;

/**
 * An error that stops an evaluation, as the reference reports it. {@link #getMessage()} is the text the
 * reference prints after {@code "Error occurred "}; {@link #kind()} tells which of its error variants this
 * is, {@link #detail()} the variant's payload. {@link Kind#PANIC} marks inputs on which the reference
 * crashes (exit code 101) rather than reporting an error (exit code 255).
 */
public final class EvaluationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The reference's error variants that evaluation can raise, with their display templates. */
    public enum Kind {
        PARSE_ERROR("Parser Error when parsing `%s`"),
        REGEX_ERROR("Regex expression parse error for rules file %s"),
        YAML_ERROR("Error parsing incoming YAML context %s"),
        MISSING_VALUE("There was no variable or value object to resolve. Error = `%s`"),
        RETRIEVAL_ERROR("Could not retrieve data from incoming context. Error = `%s`"),
        MULTIPLE_VALUES("Conflicting rule or variable assignments inside the same scope `%s`"),
        INCOMPATIBLE_RETRIEVAL("Types or variable assignments have incompatible types to retrieve `%s`"),
        INCOMPATIBLE("Types or variable assignments are incompatible `%s`"),
        NOT_COMPARABLE("Comparing incoming context with literals or dynamic results wasn't possible `%s`"),
        INVALID_KEY_TYPE("non string type detected for key in a map at %s, cfn-guard only supports keys that are"
                + " string types"),
        PANIC("%s");

        private final String template;

        Kind(String template) {
            this.template = template;
        }

        String format(String detail) {
            return String.format(template, detail);
        }
    }

    private final Kind kind;
    private final String detail;

    public EvaluationException(Kind kind, String detail) {
        // No stack trace, and the message is formatted when asked for: comparisons of unrelated types
        // throw this in the normal course of evaluation, and most are caught.
        super(null, null, false, false);
        this.kind = kind;
        this.detail = detail;
    }

    @Override
    public String getMessage() {
        return kind.format(detail);
    }

    public Kind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }
}
