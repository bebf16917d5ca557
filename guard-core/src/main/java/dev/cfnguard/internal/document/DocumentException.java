package dev.cfnguard.internal.document;

import dev.cfnguard.internal.value.Location;

import java.util.Optional;

/**
 * A data file that cannot be turned into a value tree. {@link #getMessage()} is the text the reference
 * reports for the same input (the CLI wraps it as the reference does); {@link #kind()} says which
 * situation it is, and {@link #location()} / {@link #detail()} add what the reference keeps to itself.
 */
public final class DocumentException extends Exception {

    /** What went wrong, in the reference's terms. */
    public enum Kind {
        /** Nothing but whitespace: the reference reports "... is empty" and exits with its generic error. */
        EMPTY,
        /** The YAML (or JSON) does not parse, or uses an alias: "Error encountered while parsing data file ...". */
        SYNTAX,
        /** A mapping key that is not a string (number, bool, null, collection, tagged function). */
        NON_STRING_KEY,
        /** A scalar tagged {@code !!int} or {@code !!float} whose text is not such a number. */
        BAD_VALUE,
        /** Comments or directives only, no document: the reference crashes (exit 101) on such input. */
        NO_DOCUMENT,
        /** Not UTF-8: the reference fails while reading the file. */
        NOT_UTF8,
        /** The file could not be read at all. */
        IO,
        /**
         * A test file that is neither a YAML nor a JSON list of test cases; the message is the JSON
         * parser's complaint, which the reference prints.
         */
        TEST_FILE,
        /** One of our {@link LoadLimits} was exceeded; the reference has no such limit. */
        LIMIT
    }

    private final Kind kind;
    private final String sourceName;
    private final transient Location location;
    private final String detail;
    private final boolean referencePanics;
    private final boolean inTestInput;

    DocumentException(Kind kind, String sourceName, String message, Location location, String detail,
                      boolean referencePanics) {
        this(kind, sourceName, message, location, detail, referencePanics, false);
    }

    private DocumentException(Kind kind, String sourceName, String message, Location location, String detail,
                              boolean referencePanics, boolean inTestInput) {
        super(message);
        this.kind = kind;
        this.sourceName = sourceName;
        this.location = location;
        this.detail = detail;
        this.referencePanics = referencePanics;
        this.inTestInput = inTestInput;
    }

    /** A non-string key in a test file's input, which the reference reports without a location. */
    static DocumentException nonStringKeyInTestInput(String sourceName) {
        return new DocumentException(Kind.NON_STRING_KEY, sourceName,
                "non string type detected for key in a map at , cfn-guard only supports keys that are string types",
                null, "mapping key is not a string", false, true);
    }

    public Kind kind() {
        return kind;
    }

    /** The name the data was loaded under (a path, {@code STDIN}, {@code DATA_STDIN[1]}, ...). */
    public String sourceName() {
        return sourceName;
    }

    /** Where the problem was found (0-based line and column, as the reference numbers them), if known. */
    public Optional<Location> location() {
        return Optional.ofNullable(location);
    }

    /** Our own description of the problem (for example the YAML parser's), which the reference does not print. */
    public String detail() {
        return detail;
    }

    /**
     * True where the reference does not report this input cleanly but crashes (exit code 101 with a
     * Rust panic on stderr): a stream without any document, or an error message it would cut inside a
     * multi-byte character.
     */
    public boolean referencePanics() {
        return referencePanics;
    }

    /**
     * The reference's text for this error, as it prints it after {@code "Error occurred "}: most parse
     * failures of a data file read {@code Parser Error when parsing `MESSAGE`}; a test file that cannot be
     * read reads {@code Parser Error when parsing `Unable to process data in file FILE, Error MESSAGE`}
     * (the plain {@code test} output adds a comma before the closing backquote and prints it after
     * {@code "Error processing "}); I/O errors, a bad key in a test input and our limits are the message.
     */
    public String referenceDisplay() {
        switch (kind) {
            case EMPTY, SYNTAX, BAD_VALUE, NO_DOCUMENT:
                return parserError(getMessage());
            case NON_STRING_KEY:
                return inTestInput ? getMessage() : parserError(getMessage());
            case TEST_FILE:
                return parserError("Unable to process data in file " + sourceName + ", Error " + getMessage());
            default:
                return getMessage();
        }
    }

    private static String parserError(String message) {
        return "Parser Error when parsing `" + message + "`";
    }

    /** One line for humans: source, position where known, and our detail. */
    public String describe() {
        StringBuilder text = new StringBuilder(sourceName);
        if (location != null) {
            text.append(':').append(location.line() + 1).append(':').append(location.column() + 1);
        }
        return text.append(": ").append(detail).toString();
    }
}
