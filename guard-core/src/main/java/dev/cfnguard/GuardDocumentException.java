package dev.cfnguard;

import java.util.OptionalInt;

/**
 * A document that cannot be loaded: unreadable, not UTF-8, not YAML or JSON, a mapping key that is not a
 * string, or over one of the {@link Limits}.
 */
public final class GuardDocumentException extends GuardException {

    private static final long serialVersionUID = 1L;

    /** The name the document was loaded under. */
    private final String documentName;
    /** 1-based; 0 when unknown. */
    private final int line;
    /** 1-based; 0 when unknown. */
    private final int column;
    /** The reference's wording. */
    private final String referenceMessage;
    /** Whether the reference crashes here. */
    private final boolean referencePanics;

    GuardDocumentException(String message, String documentName, int line, int column, String referenceMessage,
                           boolean referencePanics) {
        super(message);
        this.documentName = documentName;
        this.line = line;
        this.column = column;
        this.referenceMessage = referenceMessage;
        this.referencePanics = referencePanics;
    }

    /** @return the name the document was loaded under */
    public String documentName() {
        return documentName;
    }

    /** @return the 1-based line of the problem, when known */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** @return the 1-based column of the problem, when known */
    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    /**
     * The text the reference {@code cfn-guard} prints for this document (after {@code "Error occurred "}),
     * for front ends that must print what it prints.
     *
     * @return the reference's wording
     */
    public String referenceMessage() {
        return referenceMessage;
    }

    /** @return true where the reference crashes on this input instead of reporting it */
    public boolean referencePanics() {
        return referencePanics;
    }
}
