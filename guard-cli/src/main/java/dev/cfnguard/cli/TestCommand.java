package dev.cfnguard.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cfn-guard test}: runs the unit tests of rules files, either one rules file against test files
 * ({@code -r} and {@code -t}) or every rules file of a directory against the tests beside it
 * ({@code -d}, which wins when both are given, as in the reference). This class checks the options,
 * resolves the files ({@link TestInputs}) and hands a {@link TestRequest} to the
 * {@link EvaluationEngine}.
 */
@Command(name = "test")
final class TestCommand implements Callable<Integer>, UsageRules {

    @ParentCommand
    private CfnGuardCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption helpOption;

    @Option(names = {"-r", "--rules-file"}, paramLabel = "<rules-file>", preprocessor = ClapOptionValues.class)
    String rulesFile;

    @Option(names = {"-t", "--test-data"}, paramLabel = "<test-data>", preprocessor = ClapOptionValues.class)
    String testData;

    @Option(names = {"-d", "--dir"}, paramLabel = "<dir>", preprocessor = ClapOptionValues.class)
    String directory;

    @Option(names = {"-a", "--alphabetical"}, arity = "0")
    boolean alphabetical;

    @Option(names = {"-m", "--last-modified"}, arity = "0")
    boolean lastModified;

    @Option(names = {"-v", "--verbose"}, arity = "0")
    boolean verbose;

    @Option(names = {"-o", "--output-format"}, paramLabel = "<OUTPUT_FORMAT>", preprocessor = ClapOptionValues.class)
    OutputFormat outputFormat;

    @Override
    public void checkUsage() {
        // The reference also declares -r/-t and -d exclusive, through an argument group that is never
        // matched, so clap does not enforce it; only this conflict is real.
        if (alphabetical && lastModified) {
            throw ClapErrors.conflict(spec, "--alphabetical", "--last-modified");
        }
    }

    @Override
    public Integer call() throws GuardCliException {
        CliStreams streams = root.context().streams();
        OutputFormat format = outputFormat == null ? OutputFormat.SINGLE_LINE_SUMMARY : outputFormat;
        if (format.isStructured() && verbose) {
            throw new GuardCliException(
                    "Cannot provide an output_type of JSON, YAML, or JUnit while the verbose flag is set");
        }
        if (format == OutputFormat.SARIF) {
            throw new GuardCliException("Cannot provide an output_type of SARIF, SARIF reporter is unsupported.");
        }

        TestRequest request;
        if (directory != null) {
            ValidateInputs.requireExists(directory);
            request = new TestRequest.Directory(TestInputs.directory(directory), format, verbose);
        } else {
            if (rulesFile == null || testData == null) {
                // The reference unwraps both options here and crashes when one is missing.
                streams.stderr().print("error: test needs --rules-file and --test-data, or --dir\n");
                return ExitCodes.REFERENCE_PANIC;
            }
            ValidateInputs.requireExists(rulesFile);
            ValidateInputs.requireExists(testData);
            FileOrder order = alphabetical ? FileOrder.ALPHABETICAL
                    : lastModified ? FileOrder.LAST_MODIFIED : FileOrder.DIRECTORY;
            var testFiles = TestInputs.testDataFiles(testData, order);
            Path rules = Path.of(rulesFile);
            if (!Files.isRegularFile(rules)) {
                throw new GuardCliException("I/O error when reading invalid input parameter");
            }
            request = new TestRequest.SingleRulesFile(new InputFile(rules, rulesFile), testFiles, format, verbose);
        }
        return root.context().engine().test(request, streams);
    }
}
