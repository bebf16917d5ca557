package dev.cfnguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule passes its own unit tests: {@code cfn-guard test -r <rule> -t <area>/tests/<rule>_tests.yaml}. */
class RuleUnitTest {

    @Test
    void thePackHasRules() {
        assertFalse(RulePack.ruleFiles().isEmpty(), "no .guard file under " + RulePack.RULES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cfnguard.rules.RulePack#ruleFiles")
    void passesItsUnitTests(Path ruleFile) {
        Path tests = RulePack.unitTestsOf(ruleFile);
        assertTrue(Files.isRegularFile(tests), "missing unit tests " + tests);

        CfnGuardRun run = CfnGuardRun.of("test", "-r", ruleFile.toString(), "-t", tests.toString());

        assertEquals(0, run.exitCode(), run.transcript());
        // A rule that no test case mentions would pass unnoticed.
        assertTrue(run.stdout().contains(RulePack.ruleName(ruleFile) + ": Expected = "), run.transcript());
    }
}
