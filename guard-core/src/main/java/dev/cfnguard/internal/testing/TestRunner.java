package dev.cfnguard.internal.testing;

import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.eval.EvaluationException;
import dev.cfnguard.internal.eval.EvaluationSettings;
import dev.cfnguard.internal.eval.Evaluator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The engine of {@code cfn-guard test}: runs the unit tests of rules files and reports whether each
 * rule's expected status (PASS, FAIL or SKIP) was met, as plain text (optionally verbose), JSON, YAML or
 * JUnit, with the reference's output and exit codes: 0 all expectations met, 7 one was not, 1 a rules or
 * test file could not be processed. The caller has found the files and checked the options. Stateless.
 */
public final class TestRunner {
    private TestRunner() {}

    public static final int SUCCESS = 0;
    public static final int ERROR = 1;
    public static final int FAILURE = 7;

    /**
     * {@code test -r RULES -t TESTS}.
     *
     * @param testFiles the test files in the order to run them
     * @param format    not SARIF; with {@code verbose} only the plain format
     * @return the exit code
     * @throws EvaluationException when an evaluation stops with an error (exit 255, or 101 for
     *                             {@link EvaluationException.Kind#PANIC}); what was written stays written
     * @throws IOException         when writing to {@code out} fails
     */
    public static int runSingle(TestInput rulesFile, List<TestInput> testFiles, OutputFormat format, boolean verbose,
                                RulesFileParser parser, EvaluationSettings settings, Appendable out) throws IOException {
        String name = rulesFile.display();
        if (!format.isStructured()) {
            String content;
            try {
                content = rulesFile.read();
            } catch (TestInput.ReadException e) {
                out.append("Unable to read rule file content ").append(e.getMessage());
                return ERROR;
            }
            Optional<RulesFile> rules;
            try {
                rules = parser.parse(content, name);
            } catch (RulesFileParser.RulesParseException e) {
                out.append("Parse Error on ruleset file ").append(e.getMessage()).append('\n');
                return ERROR;
            }
            if (rules.isEmpty()) {
                return SUCCESS;
            }
            Evaluator evaluator = new Evaluator(rules.get(), name, settings);
            return new PlainTestReporter(evaluator, verbose, out).report(testFiles);
        }
        long started = System.nanoTime();
        String failure;
        try {
            Optional<RulesFile> rules = parser.parse(rulesFile.read(), name);
            if (rules.isEmpty()) {
                return SUCCESS;
            }
            TestResults.FileResult result =
                    StructuredTestRunner.run(new Evaluator(rules.get(), name, settings), name, testFiles);
            out.append(StructuredTestOutput.render(format, List.of(result), false));
            return TestResults.exitCode(result);
        } catch (TestInput.ReadException | RulesFileParser.RulesParseException e) {
            failure = e.getMessage();
        }
        // The reference reports an unreadable or unparsable rules file here but exits with 0.
        TestResults.FileResult result = new TestResults.FileError(name, failure, millisSince(started));
        out.append(StructuredTestOutput.render(format, List.of(result), false));
        return SUCCESS;
    }

    /**
     * {@code test -d DIR}.
     *
     * @param rulesFiles the rules files found, in the reference's order
     * @return the exit code
     * @throws TestRunException    when a rules file cannot be read in plain mode (exit 255)
     * @throws EvaluationException when an evaluation stops with an error (exit 255, or 101 for a panic)
     * @throws IOException         when writing to {@code out} fails
     */
    public static int runDirectory(List<RulesUnderTest> rulesFiles, OutputFormat format, boolean verbose,
                                   RulesFileParser parser, EvaluationSettings settings, Appendable out)
            throws TestRunException, IOException {
        return format.isStructured()
                ? structuredDirectory(rulesFiles, format, parser, settings, out)
                : plainDirectory(rulesFiles, verbose, parser, settings, out);
    }

    private static int plainDirectory(List<RulesUnderTest> rulesFiles, boolean verbose, RulesFileParser parser,
                                      EvaluationSettings settings, Appendable out) throws TestRunException, IOException {
        int code = SUCCESS;
        for (RulesUnderTest rules : rulesFiles) {
            String path = rules.rulesFile().display();
            if (rules.testFiles().isEmpty()) {
                out.append("Guard File ").append(path).append(" did not have any tests associated, skipping.\n---\n");
                continue;
            }
            out.append("Testing Guard File ").append(path).append('\n');
            String content;
            try {
                content = rules.rulesFile().read();
            } catch (TestInput.ReadException e) {
                throw new TestRunException(e.getMessage());
            }
            try {
                Optional<RulesFile> parsed = parser.parse(content, rules.prefix());
                if (parsed.isPresent()) {
                    Evaluator evaluator = new Evaluator(parsed.get(), rules.prefix(), settings);
                    int fileCode = new PlainTestReporter(evaluator, verbose, out).report(rules.testFiles());
                    code = code == SUCCESS ? fileCode : code;
                }
            } catch (RulesFileParser.RulesParseException e) {
                out.append("Parse Error on ruleset file ").append(e.getMessage()).append('\n');
                code = FAILURE;
            }
            out.append("---\n");
        }
        return code;
    }

    private static int structuredDirectory(List<RulesUnderTest> rulesFiles, OutputFormat format,
                                           RulesFileParser parser, EvaluationSettings settings, Appendable out)
            throws IOException {
        List<TestResults.FileResult> results = new ArrayList<>();
        int code = SUCCESS;
        for (RulesUnderTest rules : rulesFiles) {
            long started = System.nanoTime();
            if (rules.testFiles().isEmpty()) {
                continue;
            }
            String path = rules.rulesFile().display();
            try {
                Optional<RulesFile> parsed = parser.parse(rules.rulesFile().read(), rules.prefix());
                if (parsed.isPresent()) {
                    TestResults.FileResult result = StructuredTestRunner.run(
                            new Evaluator(parsed.get(), rules.prefix(), settings), path, rules.testFiles());
                    code = combine(code, TestResults.exitCode(result));
                    results.add(result);
                }
            } catch (TestInput.ReadException | RulesFileParser.RulesParseException e) {
                code = ERROR;
                results.add(new TestResults.FileError(path, e.getMessage(), millisSince(started)));
            }
        }
        out.append(StructuredTestOutput.render(format, results, true));
        return code;
    }

    /** An error outranks a failed expectation, which outranks success. */
    private static int combine(int code, int next) {
        if (code == SUCCESS) {
            return next;
        }
        if (code == ERROR) {
            return code;
        }
        return next == ERROR ? ERROR : FAILURE;
    }

    static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
