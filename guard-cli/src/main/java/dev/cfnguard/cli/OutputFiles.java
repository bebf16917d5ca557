package dev.cfnguard.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** The {@code -o/--output FILE} destination of {@code parse-tree} and {@code rulegen}. */
final class OutputFiles {
    private OutputFiles() {}

    /**
     * A writer to {@code path}, created or truncated now, or to stdout when {@code path} is null. Closing
     * it closes the file but only flushes stdout.
     *
     * @throws CannotCreate if the file cannot be created; the reference then exits with code 1
     */
    static PrintWriter open(String path, CliStreams streams) throws CannotCreate {
        if (path == null) {
            return new PrintWriter(streams.stdout()) {
                @Override
                public void close() {
                    flush();
                }
            };
        }
        try {
            return new PrintWriter(new OutputStreamWriter(Files.newOutputStream(Path.of(path)), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CannotCreate(IoErrors.describe(e), e);
        } catch (InvalidPathException e) {
            throw new CannotCreate(e.getMessage(), e);
        }
    }

    /** The output file could not be created. */
    static final class CannotCreate extends Exception {
        private static final long serialVersionUID = 1L;

        CannotCreate(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
