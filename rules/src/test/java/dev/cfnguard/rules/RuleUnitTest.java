package dev.cfnguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule passes its own unit tests: {@code cfn-guard test -r <rule> -t <area>/tests/<rule>_tests.yaml}. */
class RuleUnitTest {

    @Test
    void thePackHasRules() {
        assertFalse(RulePack.ruleFiles().isEmpty(), "no .guard file under " + RulePack.RULES);
    }

    @Test
    void everyUnitTestFileBelongsToARule() throws IOException {
        Set<Path> expected = RulePack.ruleFiles().stream().map(RulePack::unitTestsOf).collect(Collectors.toSet());
        for (Path ruleFile : RulePack.ruleFiles()) {
            try (Stream<Path> files = Files.list(ruleFile.resolveSibling("tests"))) {
                files.forEach(file -> assertTrue(expected.contains(file), file + " tests no rule"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleFiles")
    void passesItsUnitTests(Path ruleFile) {
        Path tests = RulePack.unitTestsOf(ruleFile);
        assertTrue(Files.isRegularFile(tests), "missing unit tests " + tests);

        CfnGuardRun run = CfnGuardRun.of("test", "-r", ruleFile.toString(), "-t", tests.toString());

        assertEquals(0, run.exitCode(), run.transcript());
        // A rule that no test case mentions would pass unnoticed.
        assertTrue(run.stdout().contains(RulePack.ruleName(ruleFile) + ": Expected = "), run.transcript());
    }

    /** The rule files, shown by their path under {@code rules/}. */
    static Stream<Named<Path>> ruleFiles() {
        return RulePack.ruleFiles().stream().map(file -> Named.of(RulePack.RULES.relativize(file).toString(), file));
    }
}
