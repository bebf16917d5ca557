package dev.cfnguard.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Finds the files of a {@code test} run the way the reference does. Stateless. */
final class TestInputs {
    /** Test files of {@code -t}; upper case is accepted for two of them, as in the reference. */
    static final List<String> TEST_FILE_EXTENSIONS = List.of(".json", ".yaml", ".JSON", ".YAML", ".yml", ".jsn");
    /** Test files under {@code -d DIR}: lower case only. */
    static final List<String> DIRECTORY_TEST_FILE_EXTENSIONS = List.of(".yaml", ".yml", ".json", ".jsn");
    private static final String TESTS_DIRECTORY = "tests";

    private TestInputs() {}

    /** The test files at or under {@code path} (a file or directory), links below it not followed. */
    static List<InputFile> testDataFiles(String path, FileOrder order) {
        return FileWalker.regularFiles(path, order, false).stream()
                .filter(file -> ValidateInputs.hasExtension(file.fileName(), TEST_FILE_EXTENSIONS))
                .toList();
    }

    /**
     * The rules files under {@code directory} (links followed, entries by name) with their tests: a test
     * file in a directory named {@code tests} belongs to the first rules file of the directory above
     * whose name without extension starts its name. Grouped by the rules files' directory, in text order.
     */
    static List<RulesFileTests> directory(String directory) {
        Map<String, List<Candidate>> byDirectory =
                new TreeMap<>((a, b) -> Arrays.compareUnsigned(utf8(a), utf8(b)));
        List<InputFile> others = new ArrayList<>();
        for (InputFile file : FileWalker.regularFiles(directory, FileOrder.ALPHABETICAL, true)) {
            Optional<String> prefix = rulesPrefix(file.fileName());
            if (prefix.isPresent()) {
                String parent = ReferencePaths.parent(file.display()).orElse("");
                byDirectory.computeIfAbsent(parent, key -> new ArrayList<>()).add(new Candidate(file, prefix.get()));
            } else {
                others.add(file);
            }
        }
        for (InputFile file : others) {
            String name = file.fileName();
            if (!ValidateInputs.hasExtension(name, DIRECTORY_TEST_FILE_EXTENSIONS)) {
                continue;
            }
            Optional<String> parent = ReferencePaths.parent(file.display());
            if (parent.isEmpty() || !ReferencePaths.lastComponent(parent.get()).equals(TESTS_DIRECTORY)) {
                continue;
            }
            List<Candidate> candidates = ReferencePaths.parent(parent.get()).map(byDirectory::get).orElse(null);
            if (candidates == null) {
                continue;
            }
            candidates.stream().filter(c -> name.startsWith(c.prefix)).findFirst().ifPresent(c -> c.tests.add(file));
        }
        return byDirectory.values().stream().flatMap(List::stream)
                .map(c -> new RulesFileTests(c.file, c.prefix, c.tests))
                .toList();
    }

    private static Optional<String> rulesPrefix(String name) {
        for (String extension : ValidateInputs.RULES_EXTENSIONS) {
            if (name.endsWith(extension)) {
                return Optional.of(name.substring(0, name.length() - extension.length()));
            }
        }
        return Optional.empty();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private record Candidate(InputFile file, String prefix, List<InputFile> tests) {
        Candidate(InputFile file, String prefix) {
            this(file, prefix, new ArrayList<>());
        }
    }
}
