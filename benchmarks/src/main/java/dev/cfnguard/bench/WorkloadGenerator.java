package dev.cfnguard.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes the benchmark workloads into a folder:
 * <ul>
 *   <li>{@code ecs-N-pass.yaml|json}, {@code ecs-N-fail.yaml|json}: N task definitions of three containers,
 *       all passing, or half failing, the three rules of {@code benchmarks/rules};</li>
 *   <li>{@code many/ecs-NNNN.yaml}: a folder of one-task-definition templates, the even-numbered ones
 *       failing;</li>
 *   <li>{@code mixed-R.yaml|json}: R resources of a dozen types, for a large rule set.</li>
 * </ul>
 * Usage: {@code java -cp benchmarks/target/benchmarks.jar dev.cfnguard.bench.WorkloadGenerator
 * [--out DIR] [--sizes 1,10,100,1000] [--many COUNT] [--mixed COUNT] [--seed N]}.
 */
public final class WorkloadGenerator {

    static final String USAGE = "usage: WorkloadGenerator [--out DIR] [--sizes N,N,...] [--many COUNT]"
            + " [--mixed COUNT] [--seed N]";

    /** What to write. */
    record Plan(Path out, List<Integer> sizes, int many, int mixed, long seed) {}

    private WorkloadGenerator() {}

    public static void main(String[] args) {
        Plan plan;
        try {
            plan = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        try {
            for (Path written : write(plan)) {
                System.out.println(written);
            }
        } catch (IOException e) {
            System.err.println("cannot write the workloads: " + e.getMessage());
            System.exit(1);
        }
    }

    static Plan parse(String[] args) {
        Path out = Path.of("benchmarks", "target", "workloads");
        List<Integer> sizes = List.of(1, 10, 50, 100, 1000);
        int many = 200;
        int mixed = 600;
        long seed = 7;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--out" -> out = Path.of(value);
                case "--sizes" -> sizes = Arrays.stream(value.split(",")).map(s -> count(option, s)).toList();
                case "--many" -> many = count(option, value);
                case "--mixed" -> mixed = count(option, value);
                case "--seed" -> seed = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new Plan(out, sizes, many, mixed, seed);
    }

    private static int count(String option, String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " takes counts of zero or more, not '" + text + "'");
    }

    /** Writes the files of {@code plan} and returns their paths, in the order written. */
    static List<Path> write(Plan plan) throws IOException {
        List<Path> written = new ArrayList<>();
        Files.createDirectories(plan.out());
        for (int size : plan.sizes()) {
            if (size == 0) {
                continue;
            }
            for (Templates.Compliance compliance : Templates.Compliance.values()) {
                String variant = compliance == Templates.Compliance.ALL_PASS ? "pass" : "fail";
                Map<String, Object> template = Templates.ecsTaskDefinitions(size, compliance);
                for (DocumentFormat format : DocumentFormat.values()) {
                    written.add(save(plan.out().resolve("ecs-" + size + "-" + variant + "." + format.extension()),
                            format.render(template)));
                }
            }
        }
        if (plan.many() > 0) {
            Path folder = plan.out().resolve("many");
            Files.createDirectories(folder);
            int width = Integer.toString(plan.many() - 1).length();
            for (int i = 0; i < plan.many(); i++) {
                String name = String.format("ecs-%0" + width + "d.yaml", i);
                save(folder.resolve(name), DocumentFormat.YAML.render(Templates.singleTaskDefinition(i, i % 2 == 0)));
            }
            written.add(folder);
        }
        if (plan.mixed() > 0) {
            Map<String, Object> template = Templates.mixed(plan.mixed(), plan.seed());
            for (DocumentFormat format : DocumentFormat.values()) {
                written.add(save(plan.out().resolve("mixed-" + plan.mixed() + "." + format.extension()),
                        format.render(template)));
            }
        }
        return written;
    }

    private static Path save(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
