package dev.cfnguard.internal.testing;

import java.util.List;

/**
 * A rules file found in directory mode ({@code test -d}) with the test files that belong to it.
 *
 * @param prefix the file name without its extension: the name the rules are parsed under in this mode
 */
public record RulesUnderTest(TestInput rulesFile, String prefix, List<TestInput> testFiles) {
    public RulesUnderTest {
        testFiles = List.copyOf(testFiles);
    }
}
