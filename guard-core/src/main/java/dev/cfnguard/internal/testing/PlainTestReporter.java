package dev.cfnguard.internal.testing;

import dev.cfnguard.internal.eval.EventRecord;
import dev.cfnguard.internal.eval.Evaluator;
import dev.cfnguard.internal.document.TestCase;
import dev.cfnguard.internal.eval.Status;
import dev.cfnguard.internal.report.VerboseTreePrinter;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The plain-text report of {@code cfn-guard test} for one rules file: every test case with the rules
 * whose expectation held ("PASS Rules") or did not ("FAIL Rules"), and with {@code --verbose} the record
 * tree of each evaluation. Not thread-safe; one instance per rules file.
 */
final class PlainTestReporter {

    private final Evaluator evaluator;
    private final boolean verbose;
    private final Appendable out;

    PlainTestReporter(Evaluator evaluator, boolean verbose, Appendable out) {
        this.evaluator = evaluator;
        this.verbose = verbose;
        this.out = out;
    }

    /**
     * Runs every test case of every file, numbering cases across files.
     *
     * @return 0, 7 when the last outcome to set it was a failed expectation, 1 when it was an unreadable
     *         test file
     * @throws dev.cfnguard.internal.eval.EvaluationException when an evaluation fails (the run stops)
     */
    int report(List<TestInput> testFiles) throws IOException {
        int exitCode = TestRunner.SUCCESS;
        int counter = 1;
        for (TestInput file : testFiles) {
            List<TestCase> specs;
            try {
                specs = TestCases.read(file, true);
            } catch (TestCases.UnusableFile e) {
                out.append("Error processing ").append(e.getMessage()).append('\n');
                exitCode = TestRunner.ERROR;
                continue;
            }
            for (TestCase spec : specs) {
                out.append("Test Case #").append(Integer.toString(counter)).append('\n');
                if (spec.name().isPresent()) {
                    out.append("Name: ").append(spec.name().get()).append('\n');
                }
                Results results = evaluate(spec);
                if (!results.failed().isEmpty()) {
                    exitCode = TestRunner.FAILURE;
                }
                print(results);
                counter++;
            }
        }
        return exitCode;
    }

    private record Results(Set<String> passed, Set<String> failed) {}

    private Results evaluate(TestCase spec) throws IOException {
        EventRecord top = evaluator.evaluate(TestCases.input(spec), null).root();
        Set<String> passed = new LinkedHashSet<>();
        Set<String> failed = new LinkedHashSet<>();
        for (Map.Entry<String, List<Status>> rule : RuleOutcomes.byRule(top).entrySet()) {
            String name = rule.getKey();
            String expectation = spec.expectedRules().get(name);
            if (expectation == null) {
                out.append("  No Test expectation was set for Rule ").append(name).append('\n');
                continue;
            }
            Status expected = Status.parse(expectation);
            RuleOutcomes.Match match = RuleOutcomes.match(expected, rule.getValue());
            if (match.held()) {
                passed.add(name + ": Expected = " + expected);
            } else {
                failed.add(name + ": Expected = " + expected + ", Evaluated = " + statusList(match.statuses()));
            }
        }
        if (verbose) {
            VerboseTreePrinter.print(top, out);
        }
        return new Results(passed, failed);
    }

    private static String statusList(List<Status> statuses) {
        StringJoiner joined = new StringJoiner(", ", "[", "]");
        statuses.forEach(status -> joined.add(status.name()));
        return joined.toString();
    }

    private void print(Results results) throws IOException {
        section("FAIL", results.failed());
        section("PASS", results.passed());
        out.append('\n');
    }

    private void section(String title, Set<String> lines) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        out.append("  ").append(title).append(" Rules:\n");
        for (String line : lines) {
            out.append("    ").append(line).append('\n');
        }
    }
}
