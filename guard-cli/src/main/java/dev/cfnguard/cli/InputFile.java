package dev.cfnguard.cli;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file found on the command line or under a directory named there. {@code display} is the path as the
 * reference prints it: the argument as typed, joined with the names met while walking ({@code dir//a}
 * stays {@code dir//a}, where {@link Path} would normalise it).
 */
public record InputFile(Path path, String display) {
    public InputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(display, "display");
    }

    /** The last name of the path, e.g. {@code s3.guard}. */
    public String fileName() {
        Path name = path.getFileName();
        return name == null ? display : name.toString();
    }
}
