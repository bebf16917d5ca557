package dev.cfnguard.internal.testing;

import dev.cfnguard.internal.eval.Status;
import java.util.List;

/** The structured results of {@code cfn-guard test}, as its JSON, YAML and JUnit outputs show them. */
final class TestResults {
    private TestResults() {}

    /** The outcome for one rules file: its test cases, or the error that stopped it. */
    sealed interface FileResult {
        String ruleFile();

        long millis();
    }

    record FileCases(String ruleFile, List<CaseResult> testCases, long millis) implements FileResult {}

    record FileError(String ruleFile, String error, long millis) implements FileResult {}

    /** One test case: rules whose expectation held, did not hold, or had no expectation. */
    record CaseResult(String name, List<PassedRule> passed, List<FailedRule> failed, List<String> skipped,
                      long millis) {}

    record PassedRule(String name, Status evaluated) {}

    record FailedRule(String name, Status expected, List<Status> evaluated) {}

    /** Exit code of one file's results: 1 for an error, 7 when an expectation failed, else 0. */
    static int exitCode(FileResult result) {
        if (result instanceof FileError) {
            return TestRunner.ERROR;
        }
        return ((FileCases) result).testCases().stream().anyMatch(c -> !c.failed().isEmpty())
                ? TestRunner.FAILURE : TestRunner.SUCCESS;
    }
}
