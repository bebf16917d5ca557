package dev.cfnguard.bench;

import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.parse.RulesParser;
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

/** Rules text to AST: the ANTLR parse and the front end, for one of the ECS rules files. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class RulesParseBenchmark {

    @Param({"ecs_containers_not_privileged", "ecs_containers_read_only_root", "ecs_containers_non_root_user"})
    public String rules;

    private String text;
    private String name;

    @Setup
    public void read() {
        name = rules + ".guard";
        text = EcsRules.read(name);
    }

    @Benchmark
    public RulesFile parse() {
        return RulesParser.parse(text, name);
    }
}
