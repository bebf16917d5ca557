package dev.cfnguard.bench;

import dev.cfnguard.Guard;
import dev.cfnguard.RuleSet;
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

/** Rules text to a rule set ({@link Guard#compile(String, String)}), for one of the ECS rules files. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class RulesParseBenchmark {

    @Param({"ecs_containers_not_privileged", "ecs_containers_read_only_root", "ecs_containers_non_root_user"})
    public String rules;

    private final Guard guard = Guard.create();
    private String text;
    private String name;

    @Setup
    public void read() {
        name = rules + ".guard";
        text = EcsRules.read(name);
    }

    @Benchmark
    public RuleSet parse() {
        return guard.compile(text, name);
    }
}
