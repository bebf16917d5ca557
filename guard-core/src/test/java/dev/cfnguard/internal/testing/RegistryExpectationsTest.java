package dev.cfnguard.internal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.eval.EventRecord;
import dev.cfnguard.internal.eval.Evaluator;
import dev.cfnguard.internal.document.TestCase;
import dev.cfnguard.internal.document.TestFileLoader;
import dev.cfnguard.internal.eval.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every unit test of the public Guard rules registry (the conformance corpus, whose registry-pairs.tsv
 * lists rules file and test file pairs) must meet its expectations through our engine, as it does
 * through the reference (all 194 pairs exit 0 with cfn-guard 3.1.1 test). Skipped when the corpus is
 * absent; its location is the system property guard.corpus (default /work/shared/conformance/corpus).
 */
class RegistryExpectationsTest {

    private static final java.nio.file.Path CORPUS =
            java.nio.file.Path.of(System.getProperty("guard.corpus", "/work/shared/conformance/corpus"));

    static Stream<Arguments> pairs() throws IOException {
        java.nio.file.Path list = CORPUS.resolve("registry-pairs.tsv");
        if (!Files.exists(list)) {
            return Stream.of(Arguments.of("(corpus absent)", ""));
        }
        return Files.readAllLines(list, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t"))
                .map(fields -> Arguments.of(fields[0], fields[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void meetsEveryExpectation(String rulesPath, String testsPath) throws Exception {
        assumeTrue(!testsPath.isEmpty(), "conformance corpus not found");
        String rulesText = Files.readString(CORPUS.resolve(rulesPath), StandardCharsets.UTF_8);
        RulesFile rules = RulesFileParsers.core().parse(rulesText, rulesPath).orElseThrow();
        Evaluator evaluator = new Evaluator(rules, rulesPath);
        List<TestCase> specs = TestFileLoader.withDefaultLimits()
                .load(Files.readString(CORPUS.resolve(testsPath), StandardCharsets.UTF_8), testsPath);
        List<String> unmet = new ArrayList<>();
        int caseNumber = 0;
        for (TestCase spec : specs) {
            caseNumber++;
            EventRecord top = evaluator.evaluate(spec.input(), null).root();
            for (Map.Entry<String, List<Status>> rule : RuleOutcomes.byRule(top).entrySet()) {
                String expected = spec.expectedRules().get(rule.getKey());
                if (expected != null && !RuleOutcomes.match(Status.parse(expected), rule.getValue()).held()) {
                    unmet.add("case #" + caseNumber + " " + rule.getKey() + ": expected " + expected + ", got "
                            + rule.getValue());
                }
            }
        }
        assertEquals(List.of(), unmet);
    }
}
