package dev.cfnguard;

import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.document.DocumentLoader;
import dev.cfnguard.internal.eval.EvaluationException;
import dev.cfnguard.internal.eval.EvaluationSettings;
import dev.cfnguard.internal.parse.RulesParser;
import dev.cfnguard.internal.report.Validation;
import dev.cfnguard.internal.rulegen.RuleGenerator;
import dev.cfnguard.internal.testing.RulesFileParser;
import dev.cfnguard.internal.testing.RulesFileParsers;
import dev.cfnguard.internal.testing.TestInput;
import dev.cfnguard.internal.testing.TestRunException;
import dev.cfnguard.internal.testing.TestRunner;
import dev.cfnguard.internal.tree.ParseTreePrinter;
import dev.cfnguard.internal.tree.TreeSerializationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code cfn-guard} subcommands as library calls: each writes what the reference prints, byte for byte,
 * and returns its exit code. For tools that must behave exactly like the command line (the
 * {@code cfn-guard} front end is built on this class); applications that want results as values use
 * {@link RuleSet#evaluate(Document)} instead. Obtained from {@link Guard#commands()}; thread-safe, and each
 * call is independent.
 */
public final class GuardCommands {

    /** Exit code of a run where every rule passed or was skipped. */
    public static final int SUCCESS = 0;

    private final Limits limits;
    private final EvaluationSettings settings;
    private final DocumentLoader loader;
    private final RulesFileParser parser;

    GuardCommands(Limits limits, EvaluationSettings settings, DocumentLoader loader) {
        this.limits = limits;
        this.parser = RulesFileParsers.core(limits.maxRuleNesting());
        this.settings = settings;
        this.loader = loader;
    }

    /**
     * A text with the name the output prints for it.
     *
     * @param name    a path as the reference prints it, or a name such as {@code STDIN}
     * @param content the text
     */
    public record Source(String name, String content) {
        /**
         * Checks that no component is null.
         *
         * @param name as described above
         * @param content as described above
         */
        public Source {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * A command that stops with an error instead of a report: {@code validate} with a data file that does not
     * load, an evaluation error. The reference prints {@code "Error occurred "} and the message and exits
     * with 255, or, where {@link #referencePanics()}, crashes with exit code 101.
     */
    public static final class Failure extends GuardException {
        private static final long serialVersionUID = 1L;

        /** Whether the reference crashes here. */
        private final boolean referencePanics;

        Failure(String message, boolean referencePanics, Throwable cause) {
            super(message, cause);
            this.referencePanics = referencePanics;
        }

        /** @return true where the reference crashes on this input instead of reporting it */
        public boolean referencePanics() {
            return referencePanics;
        }
    }

    /**
     * What {@code validate} prints.
     *
     * @param format     {@code --output-format}: with {@code structured} anything but SINGLE_LINE_SUMMARY,
     *                   without it SINGLE_LINE_SUMMARY, JSON or YAML; VERBOSE is SINGLE_LINE_SUMMARY with
     *                   {@code verbose}
     * @param summary    {@code --show-summary}: the statuses the summary table lists (empty: no table)
     * @param verbose    {@code --verbose}
     * @param printJson  {@code --print-json}
     * @param structured {@code --structured}
     */
    public record ValidateOptions(ReportFormat format, Set<Status> summary, boolean verbose, boolean printJson,
                                  boolean structured) {
        /**
         * Checks that no component is null.
         *
         * @param format as described above
         * @param summary as described above
         * @param verbose as described above
         * @param printJson as described above
         * @param structured as described above
         */
        public ValidateOptions {
            Objects.requireNonNull(format, "format");
            summary = Set.copyOf(summary);
        }
    }

    /**
     * {@code cfn-guard validate}: every rules file against every data file, reports on {@code out}, rules
     * files that do not parse reported on {@code err}. All data and parameter texts are loaded before
     * anything is evaluated, as the reference does.
     *
     * @param options         what to print
     * @param rules           the rules files, in the order to run them
     * @param data            the data files, in order
     * @param parameters      {@code --input-parameters} texts, merged in order into one document
     * @param mergeParameters whether that document is merged into each data file
     * @param out             where the reports go
     * @param err             where rules files that do not parse are reported
     * @return 0 when every rule passed or was skipped, 19 when one failed, 5 when a rules file does not
     *         parse (with several, the code of the last one that did not pass)
     * @throws Failure              when the run stops with an error; what was written stays written
     * @throws UncheckedIOException when writing fails
     */
    public int validate(ValidateOptions options, List<Source> rules, List<Source> data, List<Source> parameters,
                        boolean mergeParameters, Appendable out, Appendable err) {
        Set<dev.cfnguard.internal.eval.Status> summary = EnumSet.noneOf(dev.cfnguard.internal.eval.Status.class);
        options.summary().forEach(status -> summary.add(dev.cfnguard.internal.eval.Status.valueOf(status.name())));
        boolean verbose = options.verbose() || options.format() == ReportFormat.VERBOSE;
        Validation.Options internal = new Validation.Options(options.format().outputFormat(), summary, verbose,
                options.printJson(), options.structured());
        Validation validation = new Validation(parser, settings, loader, internal, out, err);
        try {
            return validation.run(inputs(rules), inputs(data), inputs(parameters), mergeParameters);
        } catch (Validation.Failure e) {
            throw new Failure(e.getMessage(), e.panics(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Validation.Input> inputs(List<Source> sources) {
        return sources.stream().map(source -> new Validation.Input(source.name(), source.content())).toList();
    }

    /**
     * A file of {@code cfn-guard test}.
     *
     * @param path    where to read it
     * @param display the name the output prints for it
     */
    public record TestFile(Path path, String display) {
        /**
         * Checks that no component is null.
         *
         * @param path as described above
         * @param display as described above
         */
        public TestFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(display, "display");
        }
    }

    /**
     * A rules file of {@code cfn-guard test --dir} with the test files found for it.
     *
     * @param rules  the rules file
     * @param prefix the name its rules are reported under
     * @param tests  its test files, in order
     */
    public record RulesWithTests(TestFile rules, String prefix, List<TestFile> tests) {
        /**
         * Checks that no component is null.
         *
         * @param rules as described above
         * @param prefix as described above
         * @param tests as described above
         */
        public RulesWithTests {
            Objects.requireNonNull(rules, "rules");
            Objects.requireNonNull(prefix, "prefix");
            tests = List.copyOf(tests);
        }
    }

    /**
     * {@code cfn-guard test --rules-file R --test-data T...}.
     *
     * @param rules   the rules file
     * @param tests   the test files, in the order to run them
     * @param format  SINGLE_LINE_SUMMARY, JSON, YAML or JUNIT; {@code verbose} only with SINGLE_LINE_SUMMARY
     * @param verbose {@code --verbose}
     * @param out     where the output goes
     * @return the exit code: 0 all expectations met, 7 one was not, 1 the rules file cannot be used
     * @throws Failure              when an evaluation stops with an error
     * @throws UncheckedIOException when writing fails
     */
    public int test(TestFile rules, List<TestFile> tests, ReportFormat format, boolean verbose, Appendable out) {
        return runTest(() -> TestRunner.runSingle(input(rules), testInputs(tests), format.outputFormat(), verbose,
                parser, settings, out));
    }

    /**
     * {@code cfn-guard test --dir D}.
     *
     * @param rules   the rules files found, with their tests, in the order to run them
     * @param format  SINGLE_LINE_SUMMARY, JSON, YAML or JUNIT; {@code verbose} only with SINGLE_LINE_SUMMARY
     * @param verbose {@code --verbose}
     * @param out     where the output goes
     * @return the exit code
     * @throws Failure              when a rules file cannot be read or an evaluation stops with an error
     * @throws UncheckedIOException when writing fails
     */
    public int testDirectory(List<RulesWithTests> rules, ReportFormat format, boolean verbose, Appendable out) {
        List<dev.cfnguard.internal.testing.RulesUnderTest> internal = rules.stream()
                .map(r -> new dev.cfnguard.internal.testing.RulesUnderTest(input(r.rules()), r.prefix(),
                        testInputs(r.tests())))
                .toList();
        return runTest(() -> TestRunner.runDirectory(internal, format.outputFormat(), verbose, parser, settings,
                out));
    }

    private interface TestRun {
        int run() throws IOException, TestRunException;
    }

    private static int runTest(TestRun run) {
        try {
            return run.run();
        } catch (TestRunException e) {
            throw new Failure(e.getMessage(), false, e);
        } catch (EvaluationException e) {
            throw new Failure(e.getMessage(), e.kind() == EvaluationException.Kind.PANIC, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestInput input(TestFile file) {
        return new TestInput(file.path(), file.display());
    }

    private static List<TestInput> testInputs(List<TestFile> files) {
        return files.stream().map(GuardCommands::input).toList();
    }

    /**
     * {@code cfn-guard parse-tree}: the syntax tree of a rules text, as YAML or JSON.
     *
     * @param source the rules
     * @param json   JSON ({@code --print-json}) instead of YAML
     * @param out    where the tree goes
     * @throws GuardSyntaxException when the text is not valid Guard (names no file: the reference's
     *                              parse-tree leaves it out)
     * @throws Failure              when the tree holds a value the reference cannot serialize
     * @throws UncheckedIOException when writing fails
     */
    public void parseTree(String source, boolean json, Appendable out) {
        RulesFile rules;
        try {
            // parse-tree calls the default rule plain `default`, which needs the file name left out.
            rules = RulesParser.parse(source, "", limits.maxRuleNesting());
        } catch (dev.cfnguard.internal.parse.GuardSyntaxException e) {
            throw Guard.syntaxError(e);
        }
        try {
            if (json) {
                ParseTreePrinter.writeJson(rules, out);
            } else {
                ParseTreePrinter.writeYaml(rules, out);
            }
        } catch (TreeSerializationException e) {
            throw new Failure("Types or variable assignments are incompatible `" + e.getMessage() + "`", false, e);
        }
    }

    /**
     * What {@link #rulegen(String)} made.
     *
     * @param rules      the generated rules; empty when {@code parseError} is set
     * @param parseError why the generated rules are not given (they do not parse, as happens to the
     *                   reference too), or null
     */
    public record GeneratedRules(String rules, String parseError) {
        /**
         * Checks that no component is null.
         *
         * @param rules as described above
         * @param parseError as described above
         */
        public GeneratedRules {
            Objects.requireNonNull(rules, "rules");
        }
    }

    /**
     * {@code cfn-guard rulegen}: a rule per resource type of a CloudFormation template that requires each
     * property to have one of the values the template gives it.
     *
     * @param template the template, YAML or JSON
     * @return the rules
     * @throws Failure when the template cannot be used (the reference exits with 1, or crashes where
     *                 {@link Failure#referencePanics()})
     */
    public GeneratedRules rulegen(String template) {
        try {
            RuleGenerator.Generated generated = RuleGenerator.generate(template);
            return new GeneratedRules(generated.rules(), generated.parseError());
        } catch (RuleGenerator.TemplateException e) {
            throw new Failure(e.getMessage(), e.panics(), e);
        }
    }

    /** @return the limits of the engine these commands run with */
    public Limits limits() {
        return limits;
    }
}
