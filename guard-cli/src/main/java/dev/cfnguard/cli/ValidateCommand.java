package dev.cfnguard.cli;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cfn-guard validate}: evaluates rules files against data files. This class checks the options as
 * the reference does, collects the inputs ({@link ValidateInputs}, {@link Payload}) and hands a
 * {@link ValidateRequest} to the {@link EvaluationEngine}. A {@code null} option field means the option
 * was not given (see {@link ClapOptionValues}).
 */
@Command(name = "validate")
final class ValidateCommand implements Callable<Integer>, UsageRules {
    private static final String RULES = "--rules [<RULES>...]";
    private static final String DATA = "--data [<DATA>...]";

    @ParentCommand
    private CfnGuardCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption helpOption;

    @Option(names = {"-r", "--rules"}, arity = "0..*", paramLabel = "<RULES>", preprocessor = ClapOptionValues.class)
    List<String> rules;

    @Option(names = {"-d", "--data"}, arity = "0..*", paramLabel = "<DATA>", preprocessor = ClapOptionValues.class)
    List<String> data;

    @Option(names = {"-i", "--input-params"}, arity = "0..*", paramLabel = "<INPUT_PARAMS>",
            preprocessor = ClapOptionValues.class)
    List<String> inputParams;

    /** Deprecated in the reference and without effect, but its value is still checked. */
    @Option(names = {"-t", "--type"}, paramLabel = "<type>", preprocessor = ClapOptionValues.class)
    TemplateType type;

    @Option(names = {"-o", "--output-format"}, paramLabel = "<OUTPUT_FORMAT>", preprocessor = ClapOptionValues.class)
    OutputFormat outputFormat;

    @Option(names = {"-S", "--show-summary"}, split = ",", paramLabel = "<SHOW_SUMMARY>",
            preprocessor = ClapOptionValues.class)
    List<ShowSummary> showSummary;

    @Option(names = {"-a", "--alphabetical"}, arity = "0")
    boolean alphabetical;

    @Option(names = {"-m", "--last-modified"}, arity = "0")
    boolean lastModified;

    @Option(names = {"-v", "--verbose"}, arity = "0")
    boolean verbose;

    @Option(names = {"-p", "--print-json"}, arity = "0")
    boolean printJson;

    @Option(names = {"-P", "--payload"}, arity = "0")
    boolean payload;

    @Option(names = {"-z", "--structured"}, arity = "0")
    boolean structured;

    @Override
    public void checkUsage() {
        if (rules != null && payload) {
            throw ClapErrors.conflict(spec, RULES, "--payload");
        }
        if (data != null && payload) {
            throw ClapErrors.conflict(spec, "--payload", DATA);
        }
        if (alphabetical && lastModified) {
            throw ClapErrors.conflict(spec, "--alphabetical", "--last-modified");
        }
        if (structured && printJson) {
            throw ClapErrors.conflict(spec, "--structured", "--print-json");
        }
        if (structured && verbose) {
            throw ClapErrors.conflict(spec, "--structured", "--verbose");
        }
        if (rules == null && !payload) {
            throw ClapErrors.missing(spec, "<" + RULES + "|--payload>");
        }
    }

    @Override
    public Integer call() throws GuardCliException {
        CliStreams streams = root.context().streams();
        OutputFormat format = outputFormat == null ? OutputFormat.SINGLE_LINE_SUMMARY : outputFormat;
        Set<ShowSummary> summary =
                ShowSummary.statusesShown(showSummary == null ? List.of(ShowSummary.FAIL) : showSummary);
        checkOutputOptions(format, summary);

        // -a changes nothing: alphabetical is already the default order of validate.
        FileOrder order = lastModified ? FileOrder.LAST_MODIFIED : FileOrder.ALPHABETICAL;
        List<String> rulesPaths = rules == null ? List.of() : rules;
        List<String> dataPaths = data == null ? List.of() : data;

        // Same order of work as the reference, so that the first error reported is the same.
        List<DataSource> dataSources;
        if (!dataPaths.isEmpty()) {
            dataSources = ValidateInputs.dataFiles(dataPaths, order);
        } else if (!rulesPaths.isEmpty()) {
            dataSources = List.of(ValidateInputs.stdinData(streams.stdin()));
        } else {
            dataSources = List.of();
        }
        List<DataSource> parameters =
                ValidateInputs.inputParameterFiles(inputParams == null ? List.of() : inputParams, order);

        List<RuleSource> ruleSources;
        if (!rulesPaths.isEmpty()) {
            List<InputFile> files = ValidateInputs.rulesFiles(rulesPaths, order);
            ruleSources = ValidateInputs.readRules(files, structured, streams.stderr());
        } else if (payload) {
            Payload parsed = Payload.parse(readStdin(streams));
            dataSources = parsed.dataSources();
            ruleSources = parsed.ruleSources();
        } else {
            // "-r" given without any value: the reference reaches an unreachable!() and crashes.
            streams.stderr().print("error: --rules was given without any rules file\n");
            return ExitCodes.REFERENCE_PANIC;
        }

        ValidateRequest request = new ValidateRequest(ruleSources, dataSources, parameters,
                !payload || structured, format, summary, verbose, printJson, structured);
        return root.context().engine().validate(request, streams);
    }

    /** The combinations the reference rejects after parsing (exit 255, not a usage error). */
    private void checkOutputOptions(OutputFormat format, Set<ShowSummary> summary) throws GuardCliException {
        if (structured && !summary.isEmpty()) {
            throw new GuardCliException(
                    "Cannot provide a summary-type other than `none` when the `structured` flag is present");
        }
        if (structured && format == OutputFormat.SINGLE_LINE_SUMMARY) {
            throw new GuardCliException(
                    "single-line-summary is not able to be used when the `structured` flag is present");
        }
        if (!structured && (format == OutputFormat.JUNIT || format == OutputFormat.SARIF)) {
            throw new GuardCliException(
                    "the structured flag must be set when output is set to " + format.cliName());
        }
    }

    private static String readStdin(CliStreams streams) throws GuardCliException {
        try {
            return TextFiles.read(streams.stdin());
        } catch (java.io.IOException e) {
            throw GuardCliException.io(e);
        }
    }
}
