package dev.cfnguard.cli;

import java.util.Objects;

/**
 * The text of one rules file to evaluate, with the name the reference prints for it: the file name
 * ({@code s3.guard}) for a file, {@code RULES_STDIN[n]} for the n-th rules text of a {@code --payload}.
 */
public record RuleSource(String name, String content) {
    public RuleSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }
}
