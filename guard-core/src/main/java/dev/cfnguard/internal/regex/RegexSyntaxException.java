package dev.cfnguard.internal.regex;

/** Thrown when a pattern is not a valid regular expression. */
public final class RegexSyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String pattern;

    public RegexSyntaxException(String pattern, String description) {
        super(description);
        this.pattern = pattern;
    }

    /** The offending pattern, as written. */
    public String pattern() {
        return pattern;
    }
}
