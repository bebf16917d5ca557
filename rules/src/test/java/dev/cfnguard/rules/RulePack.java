package dev.cfnguard.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where the rule pack's files are. Tests run with the module folder ({@code rules/}) as working
 * directory: it holds one folder per area ({@code ecs/}, {@code ecr/}) with the {@code .guard} files and
 * their {@code tests/}; the sample templates are in {@code ../samples}.
 */
final class RulePack {
    static final Path RULES = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    static final Path SAMPLES = RULES.resolveSibling("samples");

    private RulePack() {}

    /** Every rule file, in path order; each holds one rule, named after the file. */
    static List<Path> ruleFiles() {
        try (Stream<Path> areas = Files.list(RULES)) {
            return areas.filter(Files::isDirectory)
                    .filter(area -> !List.of("src", "target").contains(area.getFileName().toString()))
                    .flatMap(RulePack::guardFilesIn)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ecs/ecs_non_root_user.guard} holds the rule {@code ECS_NON_ROOT_USER}. */
    static String ruleName(Path ruleFile) {
        return stem(ruleFile).toUpperCase(Locale.ROOT);
    }

    /** {@code ecs/ecs_non_root_user.guard} is tested by {@code ecs/tests/ecs_non_root_user_tests.yaml}. */
    static Path unitTestsOf(Path ruleFile) {
        return ruleFile.resolveSibling("tests").resolve(stem(ruleFile) + "_tests.yaml");
    }

    /** Every file under {@code samples/}, in name order. */
    static List<Path> sampleFiles() {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> guardFilesIn(Path area) {
        try (Stream<Path> files = Files.list(area)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".guard")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
