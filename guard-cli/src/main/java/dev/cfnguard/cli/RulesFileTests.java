package dev.cfnguard.cli;

import java.util.List;
import java.util.Objects;

/**
 * A rules file found by {@code test -d DIR} and the test files that go with it.
 *
 * @param rulesFile  the {@code .guard} or {@code .ruleset} file; its display is printed in the
 *                   "Testing Guard File ..." lines
 * @param prefix     the file name without its extension; the reference names the rules file by it when
 *                   parsing, and a test file belongs to the first rules file whose prefix it starts with
 * @param testFiles  {@code .yaml .yml .json .jsn} files in the {@code tests} directory next to the rules
 *                   file, in walk order; may be empty (the reference then prints that it skips the file)
 */
public record RulesFileTests(InputFile rulesFile, String prefix, List<InputFile> testFiles) {
    public RulesFileTests {
        Objects.requireNonNull(rulesFile, "rulesFile");
        Objects.requireNonNull(prefix, "prefix");
        testFiles = List.copyOf(testFiles);
    }
}
