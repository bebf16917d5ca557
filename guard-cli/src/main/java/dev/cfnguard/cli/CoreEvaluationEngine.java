package dev.cfnguard.cli;

import dev.cfnguard.GuardCommands;
import dev.cfnguard.ReportFormat;
import dev.cfnguard.Status;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The evaluation engine backed by guard-core's public API ({@link GuardCommands}). Stateless apart from
 * the commands it runs with; one instance may serve any number of runs.
 */
final class CoreEvaluationEngine implements EvaluationEngine {

    private final GuardCommands commands;

    CoreEvaluationEngine(GuardCommands commands) {
        this.commands = commands;
    }

    @Override
    public int validate(ValidateRequest request, CliStreams streams) throws GuardCliException {
        Set<Status> summary = EnumSet.noneOf(Status.class);
        request.summaryStatuses().forEach(shown -> summary.add(Status.valueOf(shown.name())));
        GuardCommands.ValidateOptions options = new GuardCommands.ValidateOptions(
                reportFormat(request.outputFormat()), summary, request.verbose(), request.printJson(),
                request.structured());
        try {
            return commands.validate(options,
                    request.rules().stream().map(r -> new GuardCommands.Source(r.name(), r.content())).toList(),
                    sources(request.data()), sources(request.inputParameters()), request.mergeInputParameters(),
                    streams.stdout(), streams.stderr());
        } catch (GuardCommands.Failure e) {
            if (e.referencePanics()) {
                streams.stderr().print("error: " + e.getMessage() + " (the reference cfn-guard crashes here)\n");
                return ExitCodes.REFERENCE_PANIC;
            }
            throw new GuardCliException(e.getMessage(), e);
        }
    }

    private static List<GuardCommands.Source> sources(List<DataSource> sources) {
        return sources.stream().map(d -> new GuardCommands.Source(d.name(), d.content())).toList();
    }

    @Override
    public int test(TestRequest request, CliStreams streams) throws GuardCliException {
        ReportFormat format = reportFormat(request.outputFormat());
        try {
            if (request instanceof TestRequest.SingleRulesFile single) {
                return commands.test(testFile(single.rulesFile()), testFiles(single.testFiles()), format,
                        single.verbose(), streams.stdout());
            }
            TestRequest.Directory directory = (TestRequest.Directory) request;
            List<GuardCommands.RulesWithTests> rules = directory.rulesFiles().stream()
                    .map(r -> new GuardCommands.RulesWithTests(testFile(r.rulesFile()), r.prefix(),
                            testFiles(r.testFiles())))
                    .toList();
            return commands.testDirectory(rules, format, directory.verbose(), streams.stdout());
        } catch (GuardCommands.Failure e) {
            if (e.referencePanics()) {
                streams.stderr().print("thread 'main' panicked: " + e.getMessage() + "\n");
                return ExitCodes.REFERENCE_PANIC;
            }
            throw new GuardCliException(e.getMessage(), e);
        }
    }

    private static GuardCommands.TestFile testFile(InputFile file) {
        return new GuardCommands.TestFile(file.path(), file.display());
    }

    private static List<GuardCommands.TestFile> testFiles(List<InputFile> files) {
        return files.stream().map(CoreEvaluationEngine::testFile).toList();
    }

    private static ReportFormat reportFormat(OutputFormat format) {
        return switch (format) {
            case SINGLE_LINE_SUMMARY -> ReportFormat.SINGLE_LINE_SUMMARY;
            case JSON -> ReportFormat.JSON;
            case YAML -> ReportFormat.YAML;
            case JUNIT -> ReportFormat.JUNIT;
            case SARIF -> ReportFormat.SARIF;
        };
    }
}
