package dev.cfnguard.internal.report;

import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.document.DocumentException;
import dev.cfnguard.internal.document.DocumentLoader;
import dev.cfnguard.internal.document.ValueMerge;
import dev.cfnguard.internal.eval.EvaluationException;
import dev.cfnguard.internal.eval.EvaluationResult;
import dev.cfnguard.internal.eval.EvaluationSettings;
import dev.cfnguard.internal.eval.Evaluator;
import dev.cfnguard.internal.eval.Status;
import dev.cfnguard.internal.testing.OutputFormat;
import dev.cfnguard.internal.testing.RulesFileParser;
import dev.cfnguard.internal.tree.TreeSerializationException;
import dev.cfnguard.internal.value.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The engine of {@code cfn-guard validate}: loads the data files (and input parameters), evaluates every
 * rules file against every data file and writes the reports the options ask for, with the reference's
 * output and exit codes: 0 all rules passed or were skipped, 19 a rule failed, 5 a rules file does not
 * parse (with several rules files, the code of the last one that did not pass). The caller has found
 * and read the files and checked the options. One instance serves one run; not thread-safe.
 */
public final class Validation {

    public static final int SUCCESS = 0;
    public static final int RULES_PARSE_ERROR = 5;
    public static final int FAILURE = 19;

    /** A rules or data text with the name the reports print for it. */
    public record Input(String name, String content) {
        public Input {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * What to print.
     *
     * @param format     the report format; with {@code structured} anything but SINGLE_LINE_SUMMARY, without
     *                   it anything but JUNIT and SARIF
     * @param summary    the rule statuses the summary table lists (empty: no table); unused when structured
     * @param verbose    print the record tree of each evaluation
     * @param printJson  print the record tree of each evaluation as JSON
     * @param structured one document for the whole run instead of reports per rules and data file
     */
    public record Options(OutputFormat format, Set<Status> summary, boolean verbose, boolean printJson,
                          boolean structured) {
        public Options {
            Objects.requireNonNull(format, "format");
            summary = Set.copyOf(summary);
        }
    }

    /** A run that stops: {@link #panics()} when the reference crashes on the same input (exit 101). */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        private final boolean panics;

        Failure(String message, boolean panics) {
            super(message, null, false, false);
            this.panics = panics;
        }

        public boolean panics() {
            return panics;
        }
    }

    /** A data file, loaded. */
    private record DataFile(String name, String content, Value value) {}

    private final RulesFileParser parser;
    private final EvaluationSettings settings;
    private final DocumentLoader loader;
    private final Options options;
    private final Appendable out;
    private final Appendable err;

    /**
     * @param out where the reports go
     * @param err where rules files that do not parse are reported
     */
    public Validation(RulesFileParser parser, EvaluationSettings settings, DocumentLoader loader, Options options,
                      Appendable out, Appendable err) {
        this.parser = parser;
        this.settings = settings;
        this.loader = loader;
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs {@code rules} (in order) against {@code data}. Every data and input-parameter text is loaded
     * before anything is evaluated.
     *
     * @param parameters      texts merged (in order) into one document, itself merged into every data
     *                        file when {@code mergeParameters}; loaded and merged in any case
     * @return the exit code
     * @throws Failure     for the errors the reference reports as "Error occurred ..." (exit 255) or
     *                     crashes on; what was written stays written
     * @throws IOException when writing fails
     */
    public int run(List<Input> rules, List<Input> data, List<Input> parameters, boolean mergeParameters)
            throws Failure, IOException {
        List<DataFile> dataFiles = new ArrayList<>();
        for (Input each : data) {
            dataFiles.add(new DataFile(each.name(), each.content(), load(each)));
        }
        Value merged = null;
        for (Input each : parameters) {
            Value value = load(each);
            merged = merged == null ? value : merge(merged, value);
        }
        Value context = mergeParameters ? merged : null;
        try {
            return options.structured()
                    ? structured(rules, dataFiles, context)
                    : perRulesFile(rules, dataFiles, context);
        } catch (EvaluationException e) {
            throw new Failure(e.getMessage(), e.kind() == EvaluationException.Kind.PANIC);
        } catch (ReportException e) {
            throw new Failure(e.getMessage(), e.panics());
        } catch (TreeSerializationException e) {
            throw new Failure(e.getMessage(), false);
        }
    }

    private Value load(Input input) throws Failure {
        try {
            return loader.load(input.content(), input.name());
        } catch (DocumentException e) {
            throw new Failure(e.referenceDisplay(), e.referencePanics());
        }
    }

    private static Value merge(Value base, Value addition) throws Failure {
        try {
            return ValueMerge.merge(base, addition);
        } catch (ValueMerge.MergeException e) {
            throw new Failure(e.referenceDisplay(), false);
        }
    }

    // ---- one report per rules file and data file ----

    private int perRulesFile(List<Input> rules, List<DataFile> dataFiles, Value parameters)
            throws Failure, IOException {
        int exitCode = SUCCESS;
        for (Input each : rules) {
            Optional<RulesFile> parsed;
            try {
                parsed = parse(each);
            } catch (RulesFileParser.RulesParseException e) {
                exitCode = RULES_PARSE_ERROR;
                continue;
            }
            if (parsed.isPresent()) {
                Evaluator evaluator = new Evaluator(parsed.get(), each.name(), settings);
                if (evaluateAll(evaluator, each.name(), dataFiles, parameters) == Status.FAIL) {
                    exitCode = FAILURE;
                }
            }
        }
        return exitCode;
    }

    private Status evaluateAll(Evaluator evaluator, String rulesFile, List<DataFile> dataFiles, Value parameters)
            throws Failure, IOException {
        Status overall = Status.PASS;
        for (DataFile data : dataFiles) {
            Value document = parameters == null ? data.value() : merge(parameters, data.value());
            EvaluationResult result = evaluator.evaluate(document, data.name());
            ResultRendering.write(new ResultRendering.Evaluated(rulesFile, data.name(), data.content(), document,
                    result, 0), options.format(), options.summary(), options.verbose(), options.printJson(), out);
            if (result.status() == Status.FAIL) {
                overall = Status.FAIL;
            }
        }
        return overall;
    }

    /**
     * The parsed rules, empty for a file without rules.
     *
     * @throws RulesFileParser.RulesParseException when the file does not parse, after reporting it on stderr
     */
    private Optional<RulesFile> parse(Input rules) throws RulesFileParser.RulesParseException, IOException {
        try {
            return parser.parse(rules.content(), rules.name());
        } catch (RulesFileParser.RulesParseException e) {
            err.append("Parsing error handling rule file = ").append(rules.name()).append(", Error = ")
                    .append(e.getMessage()).append("\n---\n");
            throw e;
        }
    }

    // ---- one document for the whole run ----

    private int structured(List<Input> rules, List<DataFile> dataFiles, Value parameters)
            throws Failure, IOException {
        int exitCode = SUCCESS;
        List<Evaluator> evaluators = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Input each : rules) {
            try {
                Optional<RulesFile> parsed = parse(each);
                if (parsed.isPresent()) {
                    evaluators.add(new Evaluator(parsed.get(), each.name(), settings));
                    names.add(each.name());
                }
            } catch (RulesFileParser.RulesParseException e) {
                exitCode = RULES_PARSE_ERROR;
            }
        }
        List<DataFile> documents = new ArrayList<>();
        for (DataFile data : dataFiles) {
            Value document;
            try {
                document = parameters == null ? data.value() : ValueMerge.merge(parameters, data.value());
            } catch (ValueMerge.MergeException e) {
                // The reference unwraps this merge.
                throw new Failure("merging input parameters into " + data.name() + ": " + e.getMessage(), true);
            }
            documents.add(new DataFile(data.name(), data.content(), document));
        }
        long started = System.nanoTime();
        List<ResultRendering.PerDocument> evaluated = new ArrayList<>();
        boolean failed = false;
        for (DataFile data : documents) {
            List<ResultRendering.Evaluated> results = new ArrayList<>();
            for (int i = 0; i < evaluators.size(); i++) {
                long caseStarted = System.nanoTime();
                EvaluationResult result = evaluators.get(i).evaluate(data.value(), data.name());
                failed |= result.status() == Status.FAIL;
                results.add(new ResultRendering.Evaluated(names.get(i), data.name(), data.content(), data.value(),
                        result, millisSince(caseStarted)));
            }
            evaluated.add(new ResultRendering.PerDocument(data.name(), results));
        }
        ResultRendering.writeStructured(evaluated, options.format(), millisSince(started), out);
        if (!failed) {
            return exitCode;
        }
        // JUnit alone lets a rules file that does not parse keep its code over failures.
        return options.format() == OutputFormat.JUNIT && exitCode == RULES_PARSE_ERROR ? exitCode : FAILURE;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
