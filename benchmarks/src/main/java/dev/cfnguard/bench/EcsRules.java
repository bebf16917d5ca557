package dev.cfnguard.bench;

import dev.cfnguard.Guard;
import dev.cfnguard.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The three ECS rules files of {@code benchmarks/rules}, read from the class path (the build copies them
 * under {@code rules/}).
 */
public final class EcsRules {

    /** The rules files' names, without the {@code .guard} extension. */
    public static final List<String> NAMES = List.of(
            "ecs_containers_not_privileged", "ecs_containers_read_only_root", "ecs_containers_non_root_user");

    /** A rules file's name and text. */
    public record Source(String name, String text) {}

    private EcsRules() {}

    /** The three files' texts. */
    public static List<Source> sources() {
        return NAMES.stream().map(name -> new Source(name + ".guard", read(name + ".guard"))).toList();
    }

    /** One rule set per rules file, compiled once. */
    public static List<RuleSet> ruleSets(Guard guard) {
        return sources().stream().map(source -> guard.compile(source.text(), source.name())).toList();
    }

    static String read(String fileName) {
        try (InputStream in = EcsRules.class.getResourceAsStream("/rules/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("rules/" + fileName + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
