package dev.cfnguard.internal.testing;

import dev.cfnguard.internal.eval.EvaluationException;
import dev.cfnguard.internal.eval.EventRecord;
import dev.cfnguard.internal.eval.Evaluator;
import dev.cfnguard.internal.document.TestCase;
import dev.cfnguard.internal.eval.Status;
import dev.cfnguard.internal.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the test files of one rules file and collects the results for JSON, YAML or JUnit output.
 * Stateless.
 */
final class StructuredTestRunner {
    private StructuredTestRunner() {}

    /**
     * @param ruleFile the rules file as the results name it
     * @throws EvaluationException when an input does not convert or an evaluation fails (the run stops)
     */
    static TestResults.FileResult run(Evaluator evaluator, String ruleFile, List<TestInput> testFiles) {
        long started = System.nanoTime();
        List<TestResults.CaseResult> cases = new ArrayList<>();
        long total = 0;
        for (TestInput file : testFiles) {
            List<TestCase> specs;
            try {
                specs = TestCases.read(file, false);
            } catch (TestCases.UnusableFile e) {
                return new TestResults.FileError(ruleFile, e.getMessage(), elapsed(started));
            }
            // The reference converts every input of a file before evaluating any.
            List<Value> inputs = new ArrayList<>(specs.size());
            for (TestCase spec : specs) {
                inputs.add(TestCases.input(spec));
            }
            for (int i = 0; i < specs.size(); i++) {
                long caseStarted = System.nanoTime();
                TestCase spec = specs.get(i);
                EventRecord top = evaluator.evaluate(inputs.get(i), null).root();
                List<TestResults.PassedRule> passed = new ArrayList<>();
                List<TestResults.FailedRule> failed = new ArrayList<>();
                List<String> skipped = new ArrayList<>();
                for (Map.Entry<String, List<Status>> rule : RuleOutcomes.byRule(top).entrySet()) {
                    String name = rule.getKey();
                    String expectation = spec.expectedRules().get(name);
                    if (expectation == null) {
                        skipped.add(name);
                        continue;
                    }
                    Status expected;
                    try {
                        expected = Status.parse(expectation);
                    } catch (EvaluationException e) {
                        return new TestResults.FileError(ruleFile, e.getMessage(), elapsed(caseStarted));
                    }
                    RuleOutcomes.Match match = RuleOutcomes.match(expected, rule.getValue());
                    if (match.held()) {
                        passed.add(new TestResults.PassedRule(name, expected));
                    } else {
                        failed.add(new TestResults.FailedRule(name, expected, match.statuses()));
                    }
                }
                long millis = elapsed(caseStarted);
                total += millis;
                cases.add(new TestResults.CaseResult(spec.name().orElse(""), passed, failed, skipped,
                        millis));
            }
        }
        return new TestResults.FileCases(ruleFile, cases, total);
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
