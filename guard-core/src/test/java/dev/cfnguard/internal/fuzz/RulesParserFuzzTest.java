package dev.cfnguard.internal.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cfnguard.internal.parse.GuardSyntaxException;
import dev.cfnguard.internal.parse.RulesParser;

/**
 * Any text given to the rules parser yields a rules file or a {@link GuardSyntaxException} with at least
 * one one-line diagnostic: no other exception, no stack overflow, no hang. Seeds: RulesParserFuzzTestInputs.
 */
class RulesParserFuzzTest {

    @FuzzTest(maxDuration = "40m", maxExecutions = 1_000_000)
    void parsesOrReportsASyntaxError(byte[] input) {
        String source = FuzzChecks.text(input, 384);
        try {
            RulesParser.parse(source, "fuzz.guard");
        } catch (GuardSyntaxException e) {
            FuzzChecks.oneLine(e.getMessage());
        }
    }
}
