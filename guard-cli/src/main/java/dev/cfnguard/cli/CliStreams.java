package dev.cfnguard.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * The standard streams of one command-line run. Commands never touch {@code System.in/out/err}
 * directly, so that a run can be driven in-process (tests) with captured streams. Text is UTF-8;
 * write line breaks as {@code "\n"} (not {@code println}) to stay byte-identical on every platform.
 * Not thread-safe: one run uses it at a time.
 */
public record CliStreams(InputStream stdin, PrintWriter stdout, PrintWriter stderr) {
    public CliStreams {
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
    }
}
