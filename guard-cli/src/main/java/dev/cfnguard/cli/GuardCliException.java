package dev.cfnguard.cli;

import java.io.IOException;

/**
 * An error that ends a command the way the reference's top-level error handler does: the message is
 * printed to stderr after {@code "Error occurred "} and the exit code is {@link ExitCodes#ERROR}.
 * The factory methods word the message like the reference's error kinds.
 */
public final class GuardCliException extends Exception {
    private static final long serialVersionUID = 1L;

    public GuardCliException(String message) {
        super(message);
    }

    public GuardCliException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A path named on the command line does not exist. */
    public static GuardCliException pathNotFound(String path) {
        return new GuardCliException("The path `" + path + "` does not exist");
    }

    /** Input that could not be parsed (data files, payloads). */
    public static GuardCliException parseError(String detail) {
        return new GuardCliException("Parser Error when parsing `" + detail + "`");
    }

    /** A file or stream that could not be read. */
    public static GuardCliException io(IOException cause) {
        return new GuardCliException("I/O error when reading " + IoErrors.describe(cause), cause);
    }
}
