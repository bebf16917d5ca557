package dev.cfnguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File discovery of {@code test}. The directory expectations were checked against the reference on the
 * same layout ({@code cfn-guard test -d R}, which prints the rules files in the order it visits them
 * and says which have no tests).
 */
class TestInputsTest {
    private static final String RULE = "rule r { Resources exists }\n";
    private static final String TESTS = "[]\n";

    @TempDir
    Path temp;
    Path root;

    @BeforeEach
    void layout() throws IOException {
        root = temp.toRealPath();
        write("R/s3.guard", RULE);
        write("R/s3_logging.guard", RULE);
        write("R/a/b/w.guard", RULE);
        write("R/a-b/z.guard", RULE);
        write("R/sub/x.ruleset", RULE);
        write("R/tests/s3_tests.yaml", TESTS);
        write("R/tests/s3_logging_tests.yaml", TESTS);
        write("R/tests/other.json", TESTS);
        write("R/tests/s3.txt", TESTS);
        write("R/sub/tests/x_tests.yml", TESTS);
    }

    @Test
    void directoryGroupsRulesFilesByDirectoryTextAndGivesTestsToTheFirstPrefixMatch() {
        String dir = root.resolve("R").toString();
        List<RulesFileTests> found = TestInputs.directory(dir);

        // "R/a-b" sorts before "R/a/b" as text although the walk meets a/b first.
        assertEquals(List.of(dir + "/s3.guard", dir + "/s3_logging.guard", dir + "/a-b/z.guard",
                dir + "/a/b/w.guard", dir + "/sub/x.ruleset"), found.stream().map(t -> t.rulesFile().display()).toList());
        // s3.guard's prefix "s3" also starts s3_logging_tests.yaml, so s3_logging.guard gets nothing.
        assertEquals(List.of("s3_logging_tests.yaml", "s3_tests.yaml"), testNames(found.get(0)));
        assertEquals(List.of(), testNames(found.get(1)));
        assertEquals(List.of("x_tests.yml"), testNames(found.get(4)));
        assertEquals("x", found.get(4).prefix());
    }

    @Test
    void directoryDisplayKeepsTheArgumentAsTyped() {
        String dir = root.resolve("R") + "//";
        List<RulesFileTests> found = TestInputs.directory(dir);
        assertEquals(dir + "s3.guard", found.get(0).rulesFile().display());
        assertEquals(2, found.get(0).testFiles().size());
    }

    @Test
    void testDataFilesAcceptUpperCaseJsonAndYamlButNotTemplates() throws IOException {
        write("T/a.JSON", TESTS);
        write("T/b.YAML", TESTS);
        write("T/c.template", TESTS);
        write("T/d.Yml", TESTS);
        write("T/sub/e.jsn", TESTS);
        List<InputFile> files = TestInputs.testDataFiles(root.resolve("T").toString(), FileOrder.ALPHABETICAL);
        assertEquals(List.of("a.JSON", "b.YAML", "e.jsn"), files.stream().map(InputFile::fileName).toList());
    }

    @Test
    void namedTestFileWithAnotherExtensionIsSkipped() {
        assertEquals(List.of(), TestInputs.testDataFiles(root.resolve("R/tests/s3.txt").toString(), FileOrder.DIRECTORY));
    }

    private static List<String> testNames(RulesFileTests tests) {
        return tests.testFiles().stream().map(InputFile::fileName).toList();
    }

    private void write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
