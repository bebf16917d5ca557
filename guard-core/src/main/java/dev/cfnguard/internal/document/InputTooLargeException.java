package dev.cfnguard.internal.document;

import java.io.IOException;

/**
 * A file or stream longer than the size limit it was read under; thrown before more than the limit (plus
 * one byte) has been read. The message names the input and the limit, on one line.
 */
public final class InputTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    public InputTooLargeException(String inputName, long limit) {
        super(inputName + " is larger than the limit of " + limit + " bytes");
        this.limit = limit;
    }

    /** The size limit, in bytes, that the input exceeds. */
    public long limit() {
        return limit;
    }
}
