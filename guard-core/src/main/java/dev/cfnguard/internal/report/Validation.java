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
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * The engine of {@code cfn-guard validate}: loads the data files (and input parameters), evaluates every
 * rules file against every data file and writes the reports the options ask for, with the reference's
 * output and exit codes: 0 all rules passed or were skipped, 19 a rule failed, 5 a rules file does not
 * parse (with several rules files, the code of the last one that did not pass). The caller has found
 * and read the files and checked the options. With more than one (rules file, data file) pair and more than
 * one processor, the pairs are evaluated on a pool of one thread per processor that lives for the run; the
 * output, stderr and exit code stay those of the sequential run. One instance serves one run; not
 * thread-safe.
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
        int work = Math.max(data.size(), rules.size() * data.size());
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), work);
        ExecutorService pool = threads < 2 ? null : Executors.newFixedThreadPool(threads, Validation::worker);
        try {
            return run(rules, data, parameters, mergeParameters, pool, threads);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private int run(List<Input> rules, List<Input> data, List<Input> parameters, boolean mergeParameters,
                    ExecutorService pool, int threads) throws Failure, IOException {
        List<RulesSource> sources = new ArrayList<>();
        for (Input each : rules) {
            RulesSource source = new RulesSource(each);
            sources.add(source);
            if (pool != null && !options.structured()) {
                // Parsed while the data loads; a parse error is reported only where the sequential run would.
                pool.submit(source::evaluator);
            }
        }
        List<DataFile> dataFiles = loadAll(data, pool);
        Value merged = null;
        for (Input each : parameters) {
            Value value = load(each);
            merged = merged == null ? value : merge(merged, value);
        }
        Value context = mergeParameters ? merged : null;
        try {
            return options.structured()
                    ? structured(rules, dataFiles, context, pool)
                    : perRulesFile(sources, dataFiles, context, pool, threads);
        } catch (EvaluationException e) {
            throw new Failure(e.getMessage(), e.kind() == EvaluationException.Kind.PANIC);
        } catch (ReportException e) {
            throw new Failure(e.getMessage(), e.panics());
        } catch (TreeSerializationException e) {
            throw new Failure(e.getMessage(), false);
        }
    }

    /** Loads every data file (on the pool when there is one); the first failure in order stops the run. */
    private List<DataFile> loadAll(List<Input> data, ExecutorService pool) throws Failure, IOException {
        List<DataFile> dataFiles = new ArrayList<>();
        if (pool == null || data.size() < 2) {
            for (Input each : data) {
                dataFiles.add(new DataFile(each.name(), each.content(), load(each)));
            }
            return dataFiles;
        }
        List<Future<Value>> loads = new ArrayList<>();
        for (Input each : data) {
            loads.add(pool.submit(() -> load(each)));
        }
        for (int i = 0; i < data.size(); i++) {
            Input each = data.get(i);
            dataFiles.add(new DataFile(each.name(), each.content(), await(loads.get(i))));
        }
        return dataFiles;
    }

    private static Value await(Future<Value> load) throws Failure, IOException {
        try {
            return load.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted while loading the data files", false);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    /**
     * Throws what a task on the pool threw, as the sequential run would have thrown it; anything else (a
     * checked exception no task declares) comes back wrapped, for the caller to throw.
     */
    private static IllegalStateException rethrown(Throwable error) throws Failure, IOException {
        if (error instanceof Failure failure) {
            throw failure;
        }
        if (error instanceof IOException e) {
            throw e;
        }
        if (error instanceof RuntimeException e) {
            throw e;
        }
        if (error instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(error);
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

    private int perRulesFile(List<RulesSource> sources, List<DataFile> dataFiles, Value parameters,
                             ExecutorService pool, int threads) throws Failure, IOException {
        List<Subject> subjects = new ArrayList<>();
        for (DataFile each : dataFiles) {
            subjects.add(new Subject(each, parameters));
        }
        if (pool == null || sources.size() * subjects.size() < 2) {
            return perRulesFile(sources, subjects, (rulesFile, subject) -> render(rulesFile, subject, out));
        }
        return perRulesFile(sources, subjects, new Lookahead(pool, sources, subjects, threads * 4));
    }

    /**
     * Writes the reports of every rules file against every data file, in that order. The code of
     * a rules file that does not parse, or of one that failed, replaces the previous one.
     */
    private int perRulesFile(List<RulesSource> sources, List<Subject> subjects, Pairs pairs)
            throws Failure, IOException {
        int exitCode = SUCCESS;
        for (RulesSource source : sources) {
            Status overall = Status.PASS;
            boolean parsed = source.evaluator() != null;
            for (Subject subject : subjects) {
                Rendered rendered = pairs.next(source, subject);
                // The pair of a rules file that does not parse or has no rules was not evaluated.
                if (parsed) {
                    out.append(rendered.text());
                    rendered.rethrow();
                    if (rendered.status() == Status.FAIL) {
                        overall = Status.FAIL;
                    }
                }
            }
            if (source.parseError() != null) {
                err.append("Parsing error handling rule file = ").append(source.input().name())
                        .append(", Error = ").append(source.parseError()).append("\n---\n");
                exitCode = RULES_PARSE_ERROR;
            } else if (overall == Status.FAIL) {
                exitCode = FAILURE;
            }
        }
        return exitCode;
    }

    /** The outcomes of the pairs, asked for in the order the reports are written. */
    private interface Pairs {
        Rendered next(RulesSource source, Subject subject) throws Failure, IOException;
    }

    /**
     * Renders the pairs on a pool, up to {@code window} ahead of the one being written, each into its own
     * buffer: the output is the sequential run's, while the memory held stays bounded.
     */
    private final class Lookahead implements Pairs {
        private final ExecutorService pool;
        private final List<RulesSource> sources;
        private final List<Subject> subjects;
        private final Deque<Future<Rendered>> pending = new ArrayDeque<>();
        private int submitted;

        Lookahead(ExecutorService pool, List<RulesSource> sources, List<Subject> subjects, int window) {
            this.pool = pool;
            this.sources = sources;
            this.subjects = subjects;
            while (pending.size() < window && submitNext()) {
                // filled
            }
        }

        private boolean submitNext() {
            if (submitted == sources.size() * subjects.size()) {
                return false;
            }
            RulesSource source = sources.get(submitted / subjects.size());
            Subject subject = subjects.get(submitted % subjects.size());
            submitted++;
            pending.add(pool.submit(() -> {
                StringBuilder buffer = new StringBuilder();
                Rendered rendered = render(source, subject, buffer);
                return new Rendered(buffer, rendered.status(), rendered.error());
            }));
            return true;
        }

        @Override
        public Rendered next(RulesSource source, Subject subject) throws Failure, IOException {
            Future<Rendered> head = pending.remove();
            submitNext();
            try {
                return head.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while evaluating " + subject.data().name());
            } catch (ExecutionException e) {
                // render() catches everything; this is a bug, not an input's fault.
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static Thread worker(Runnable task) {
        Thread thread = new Thread(task, "cfn-guard-validate");
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Evaluates the rules against the data file and writes the reports to {@code target}; a rules file
     * that does not parse renders nothing. What stops the sequential run is kept, not thrown, after
     * what it wrote.
     */
    private Rendered render(RulesSource source, Subject subject, Appendable target) {
        Evaluator evaluator = source.evaluator();
        if (evaluator == null) {
            return new Rendered("", Status.SKIP, null);
        }
        try {
            Value document = subject.document();
            DataFile data = subject.data();
            EvaluationResult result = evaluator.evaluate(document, data.name());
            ResultRendering.write(new ResultRendering.Evaluated(source.input().name(), data.name(), data.content(),
                    document, result, 0), subject.index(), options.format(), options.summary(), options.verbose(),
                    options.printJson(), target);
            return new Rendered("", result.status(), null);
        } catch (Failure | IOException | RuntimeException | Error e) {
            return new Rendered("", null, e);
        }
    }

    /**
     * The output of one pair, when it did not go straight to the output, its status, and what stopped the
     * run there (null if nothing did).
     */
    private record Rendered(CharSequence text, Status status, Throwable error) {

        void rethrow() throws Failure, IOException {
            if (error != null) {
                throw rethrown(error);
            }
        }
    }

    /** A rules file, parsed at first use by whichever thread needs it first. */
    private final class RulesSource {
        private final Input input;
        private boolean done;
        private Evaluator evaluator;
        private String parseError;

        RulesSource(Input input) {
            this.input = input;
        }

        Input input() {
            return input;
        }

        /** The evaluator, or null when the file does not parse or has no rules. */
        synchronized Evaluator evaluator() {
            if (!done) {
                done = true;
                try {
                    Optional<RulesFile> parsed = parseQuietly(input);
                    evaluator = parsed.map(rules -> new Evaluator(rules, input.name(), settings)).orElse(null);
                } catch (RulesFileParser.RulesParseException e) {
                    parseError = e.getMessage();
                }
            }
            return evaluator;
        }

        synchronized String parseError() {
            evaluator();
            return parseError;
        }
    }

    /**
     * A data file with its document (merged with the input parameters) and index, made once for every
     * rules file. Thread-safe.
     */
    private static final class Subject {
        private final DataFile data;
        private final Value parameters;
        private Value document;
        private Failure failure;
        private DocumentIndex index;

        Subject(DataFile data, Value parameters) {
            this.data = data;
            this.parameters = parameters;
        }

        DataFile data() {
            return data;
        }

        synchronized Value document() throws Failure {
            if (document == null && failure == null) {
                try {
                    document = parameters == null ? data.value() : merge(parameters, data.value());
                    index = new DocumentIndex(document);
                } catch (Failure e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return document;
        }

        synchronized DocumentIndex index() throws Failure {
            document();
            return index;
        }
    }

    /** The parsed rules, empty for a file without rules; one parse at a time (the parser's caches are shared). */
    private Optional<RulesFile> parseQuietly(Input rules) throws RulesFileParser.RulesParseException {
        synchronized (parser) {
            return parser.parse(rules.content(), rules.name());
        }
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

    private int structured(List<Input> rules, List<DataFile> dataFiles, Value parameters, ExecutorService pool)
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
        // Every pair is evaluated (on the pool when there is one) before anything is written; the first
        // error in the sequential order is the one raised, so the output is the sequential run's.
        List<List<Future<ResultRendering.Evaluated>>> pending = new ArrayList<>();
        for (DataFile data : documents) {
            List<Future<ResultRendering.Evaluated>> row = new ArrayList<>();
            for (int i = 0; i < evaluators.size(); i++) {
                Evaluator evaluator = evaluators.get(i);
                String name = names.get(i);
                Callable<ResultRendering.Evaluated> pair = () -> {
                    long caseStarted = System.nanoTime();
                    EvaluationResult result = evaluator.evaluate(data.value(), data.name());
                    return new ResultRendering.Evaluated(name, data.name(), data.content(), data.value(), result,
                            millisSince(caseStarted));
                };
                row.add(pool == null ? completed(pair) : pool.submit(pair));
            }
            pending.add(row);
        }
        boolean failed = false;
        for (int d = 0; d < documents.size(); d++) {
            List<ResultRendering.Evaluated> results = new ArrayList<>();
            for (Future<ResultRendering.Evaluated> pair : pending.get(d)) {
                ResultRendering.Evaluated each = evaluatedPair(pair);
                failed |= each.result().status() == Status.FAIL;
                results.add(each);
            }
            evaluated.add(new ResultRendering.PerDocument(documents.get(d).name(), results));
        }
        ResultRendering.writeStructured(evaluated, options.format(), millisSince(started), out);
        if (!failed) {
            return exitCode;
        }
        // JUnit alone lets a rules file that does not parse keep its code over failures.
        return options.format() == OutputFormat.JUNIT && exitCode == RULES_PARSE_ERROR ? exitCode : FAILURE;
    }

    /** Runs {@code pair} now; what it throws is thrown again by {@link #evaluatedPair}. */
    private static Future<ResultRendering.Evaluated> completed(Callable<ResultRendering.Evaluated> pair) {
        FutureTask<ResultRendering.Evaluated> task = new FutureTask<>(pair);
        task.run();
        return task;
    }

    private static ResultRendering.Evaluated evaluatedPair(Future<ResultRendering.Evaluated> pair)
            throws Failure, IOException {
        try {
            return pair.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while evaluating");
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
