package dev.cfnguard.bench;

import dev.cfnguard.Document;
import dev.cfnguard.Guard;
import dev.cfnguard.RuleSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * The shipped rule pack (every {@code .guard} file under {@code rules/}, or under {@code rules/ecs/} for its
 * ECS rules alone, each compiled once through the public API) against a generated template of N task
 * definitions: {@link #evaluate} a loaded document (the
 * statuses), {@link #evaluateAndReadFailures} the same and every failure's details, {@link #parseAndEvaluate}
 * from the template's text. Run from the project root, where {@code rules/} is.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class RulePackBenchmark {

    /** The folder of rules files, from the project root: the whole pack, or its ECS rules alone. */
    @Param({"rules", "rules/ecs"})
    public String pack;

    @Param({"50"})
    public int taskDefinitions;

    @Param({"HALF_FAIL"})
    public Templates.Compliance compliance;

    private final Guard guard = Guard.create();
    private List<RuleSet> rulePack;
    private String text;
    private Document document;

    @Setup
    public void prepare() {
        try (Stream<Path> files = Files.walk(Path.of(pack))) {
            rulePack = files.filter(file -> file.toString().endsWith(".guard")).sorted().map(guard::compile)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("run from the project root: " + e.getMessage(), e);
        }
        if (rulePack.isEmpty()) {
            throw new IllegalStateException("no rules under " + pack + ": run from the project root");
        }
        text = DocumentFormat.YAML.render(Templates.ecsTaskDefinitions(taskDefinitions, compliance));
        document = guard.parseDocument(text, "template.yaml");
    }

    @Benchmark
    public void evaluate(Blackhole results) {
        Evaluations.statuses(rulePack, document, results);
    }

    @Benchmark
    public void evaluateAndReadFailures(Blackhole results) {
        Evaluations.statusesAndFailures(rulePack, document, results);
    }

    @Benchmark
    public void parseAndEvaluate(Blackhole results) {
        Evaluations.statuses(rulePack, guard.parseDocument(text, "template.yaml"), results);
    }
}
