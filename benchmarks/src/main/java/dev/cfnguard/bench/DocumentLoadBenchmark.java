package dev.cfnguard.bench;

import dev.cfnguard.Document;
import dev.cfnguard.Guard;
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

/** Template text to a {@link Document} ({@link Guard#parseDocument(String, String)}), from YAML and from JSON. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class DocumentLoadBenchmark {

    @Param({"10", "50", "1000"})
    public int taskDefinitions;

    @Param({"YAML", "JSON"})
    public DocumentFormat format;

    private final Guard guard = Guard.create();
    private String text;
    private String name;

    @Setup
    public void render() {
        text = format.render(Templates.ecsTaskDefinitions(taskDefinitions, Templates.Compliance.ALL_PASS));
        name = "template." + format.extension();
    }

    @Benchmark
    public Document load() {
        return guard.parseDocument(text, name);
    }
}
