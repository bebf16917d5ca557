package dev.cfnguard.bench;

import dev.cfnguard.Guard;
import dev.cfnguard.GuardCommands;
import dev.cfnguard.ReportFormat;
import dev.cfnguard.Status;
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
 * {@code validate} in process, as the CLI runs it once its files are read ({@link GuardCommands#validate}):
 * parse the three rules files, load the template, evaluate and render the report into memory. Less
 * {@link EvaluateBenchmark#loadAndEvaluate} and {@link RulesParseBenchmark} it is the cost of the report.
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
    public ReportFormat output;

    private final GuardCommands commands = Guard.create().commands();
    private List<GuardCommands.Source> rules;
    private List<GuardCommands.Source> data;
    private GuardCommands.ValidateOptions options;

    @Setup
    public void prepare() {
        rules = EcsRules.sources().stream().map(s -> new GuardCommands.Source(s.name(), s.text())).toList();
        data = List.of(new GuardCommands.Source("template.yaml",
                DocumentFormat.YAML.render(Templates.ecsTaskDefinitions(taskDefinitions, compliance))));
        boolean structured = output != ReportFormat.SINGLE_LINE_SUMMARY;
        options = new GuardCommands.ValidateOptions(output, structured ? Set.of() : Set.of(Status.FAIL), false,
                false, structured);
    }

    @Benchmark
    public StringBuilder validate() {
        StringBuilder out = new StringBuilder();
        commands.validate(options, rules, data, List.of(), false, out, new StringBuilder());
        return out;
    }
}
