package dev.cfnguard.cli;

import java.util.List;
import java.util.Objects;

/**
 * Everything {@code test} has collected once its arguments are checked and its paths resolved; the
 * evaluation engine takes it from here ({@link EvaluationEngine#test}). Rules and test files are not
 * read yet: the reference reports unreadable ones in its output, which is the engine's to write.
 */
public sealed interface TestRequest {

    /** {@code --output-format}; never {@link OutputFormat#SARIF}, which the front end rejects. */
    OutputFormat outputFormat();

    /** {@code --verbose}; never set together with a structured output format. */
    boolean verbose();

    /**
     * {@code test -r RULES -t TESTS}.
     *
     * @param rulesFile  the rules file, a regular file; its display is the argument as given, which the
     *                   reference uses as the rules file's name
     * @param testFiles  the test files ({@code .json .jsn .yaml .yml .JSON .YAML}) at or under the
     *                   {@code -t} path, in the requested order
     */
    record SingleRulesFile(InputFile rulesFile, List<InputFile> testFiles, OutputFormat outputFormat,
                           boolean verbose) implements TestRequest {
        public SingleRulesFile {
            Objects.requireNonNull(rulesFile, "rulesFile");
            testFiles = List.copyOf(testFiles);
            Objects.requireNonNull(outputFormat, "outputFormat");
        }
    }

    /**
     * {@code test -d DIR}: every rules file under the directory with the test files found for it.
     *
     * @param rulesFiles in the reference's order: by parent directory path (as text), then by name
     */
    record Directory(List<RulesFileTests> rulesFiles, OutputFormat outputFormat, boolean verbose)
            implements TestRequest {
        public Directory {
            rulesFiles = List.copyOf(rulesFiles);
            Objects.requireNonNull(outputFormat, "outputFormat");
        }
    }
}
