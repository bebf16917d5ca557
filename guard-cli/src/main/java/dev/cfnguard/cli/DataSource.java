package dev.cfnguard.cli;

import java.util.Objects;

/**
 * The text of one data file (template) to evaluate rules against, not yet parsed, with the name the
 * reference prints for it: the absolute, symlink-resolved path for a {@code --data} file,
 * {@code STDIN} for data read from standard input, {@code DATA_STDIN[n]} for the n-th data text of a
 * {@code --payload}, the file name for an {@code --input-params} file. The content is never blank: the
 * front end reports blank data itself, as the reference does before parsing.
 */
public record DataSource(String name, String content) {
    public DataSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }
}
