package dev.cfnguard.bench;

import dev.cfnguard.internal.document.DocumentException;
import dev.cfnguard.internal.document.DocumentLoader;
import dev.cfnguard.internal.eval.Evaluator;
import dev.cfnguard.internal.value.Value;
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
 * The three ECS rules against a template: {@link #evaluate} on a loaded document, {@link #loadAndEvaluate}
 * from its text (the per-file work of {@code validate} once the rules are compiled). Rules are parsed once,
 * in the setup.
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

    private final DocumentLoader loader = DocumentLoader.withDefaultLimits();
    private List<Evaluator> evaluators;
    private String text;
    private String name;
    private Value document;

    @Setup
    public void prepare() throws DocumentException {
        evaluators = EcsRules.evaluators();
        text = format.render(Templates.ecsTaskDefinitions(taskDefinitions, compliance));
        name = "template." + format.extension();
        document = loader.load(text, name);
    }

    @Benchmark
    public void evaluate(Blackhole results) {
        for (Evaluator evaluator : evaluators) {
            results.consume(evaluator.evaluate(document, name));
        }
    }

    @Benchmark
    public void loadAndEvaluate(Blackhole results) throws DocumentException {
        Value loaded = loader.load(text, name);
        for (Evaluator evaluator : evaluators) {
            results.consume(evaluator.evaluate(loaded, name));
        }
    }
}
