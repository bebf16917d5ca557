package dev.cfnguard.bench;

import dev.cfnguard.internal.eval.EvaluationSettings;
import dev.cfnguard.internal.document.DocumentLoader;
import dev.cfnguard.internal.eval.Status;
import dev.cfnguard.internal.report.Validation;
import dev.cfnguard.internal.testing.OutputFormat;
import dev.cfnguard.internal.testing.RulesFileParsers;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code validate} in process, as the CLI runs it once its files are read: parse the three rules files,
 * load the template, evaluate and render the report into memory. Less {@link EvaluateBenchmark#loadAndEvaluate}
 * and {@link RulesParseBenchmark} it is the cost of the report.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ValidateBenchmark {

    @Param({"10", "50", "1000"})
    public int taskDefinitions;

    @Param({"ALL_PASS", "HALF_FAIL"})
    public Templates.Compliance compliance;

    /** SINGLE_LINE_SUMMARY: the default report, with the summary of failed rules; JSON: {@code --structured -o json}. */
    @Param({"SINGLE_LINE_SUMMARY", "JSON"})
    public OutputFormat output;

    private List<Validation.Input> rules;
    private List<Validation.Input> data;
    private Validation.Options options;

    @Setup
    public void prepare() {
        rules = EcsRules.sources().stream().map(s -> new Validation.Input(s.name(), s.text())).toList();
        data = List.of(new Validation.Input("template.yaml",
                DocumentFormat.YAML.render(Templates.ecsTaskDefinitions(taskDefinitions, compliance))));
        boolean structured = output.isStructured();
        options = new Validation.Options(output, structured ? Set.of() : Set.of(Status.FAIL), false, false,
                structured);
    }

    @Benchmark
    public StringBuilder validate() throws Validation.Failure, IOException {
        StringBuilder out = new StringBuilder();
        new Validation(RulesFileParsers.core(), EvaluationSettings.DEFAULT, DocumentLoader.withDefaultLimits(), options,
                out, new StringBuilder())
                .run(rules, data, List.of(), false);
        return out;
    }
}
