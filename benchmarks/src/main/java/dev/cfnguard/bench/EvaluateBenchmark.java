package dev.cfnguard.bench;

import dev.cfnguard.Document;
import dev.cfnguard.Guard;
import dev.cfnguard.RuleSet;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The three ECS rules, compiled once, against a template through the public API: {@link #evaluate} a
 * loaded document (the statuses), {@link #evaluateAndReadFailures} the same and every failure's details,
 * {@link #loadAndEvaluate} from the template's text (the per-file work of {@code validate} once the rules
 * are compiled).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class EvaluateBenchmark {

    @Param({"10", "50", "1000"})
    public int taskDefinitions;

    @Param({"ALL_PASS", "HALF_FAIL"})
    public Templates.Compliance compliance;

    @Param({"YAML"})
    public DocumentFormat format;

    private final Guard guard = Guard.create();
    private List<RuleSet> ruleSets;
    private String text;
    private String name;
    private Document document;

    @Setup
    public void prepare() {
        ruleSets = EcsRules.ruleSets(guard);
        text = format.render(Templates.ecsTaskDefinitions(taskDefinitions, compliance));
        name = "template." + format.extension();
        document = guard.parseDocument(text, name);
    }

    @Benchmark
    public void evaluate(Blackhole results) {
        Evaluations.statuses(ruleSets, document, results);
    }

    @Benchmark
    public void evaluateAndReadFailures(Blackhole results) {
        Evaluations.statusesAndFailures(ruleSets, document, results);
    }

    @Benchmark
    public void loadAndEvaluate(Blackhole results) {
        Evaluations.statuses(ruleSets, guard.parseDocument(text, name), results);
    }
}
