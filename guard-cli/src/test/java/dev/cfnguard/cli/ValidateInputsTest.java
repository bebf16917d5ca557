package dev.cfnguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File discovery of {@code validate}. The expected orders and names were checked against the reference
 * on the same layout (a copy of each tree built under /tmp and run with {@code cfn-guard validate
 * -r rules -d data --show-summary all}, which prints the data file names and rules file names in the
 * order evaluated).
 */
class ValidateInputsTest {
    private static final String DATA = "Resources: {}\n";
    private static final String RULE = "rule r { Resources exists }\n";

    @TempDir
    Path temp;
    Path root;

    @BeforeEach
    void layout() throws IOException {
        root = temp.toRealPath();
        write("rules/b.guard", RULE);
        write("rules/a.ruleset", RULE);
        write("rules/sub/c.guard", RULE);
        write("rules/notes.txt", "not a rules file");
        write("rules/x.txt", RULE);
        Files.createSymbolicLink(root.resolve("rules/subl"), Path.of("sub"));
        Files.createSymbolicLink(root.resolve("rules/lc.guard"), Path.of("sub/c.guard"));

        write("data/b.yaml", DATA);
        write("data/A.json", DATA);
        write("data/sub/c.template", DATA);
        write("data/z.txt", DATA);
        write("links/ignored.txt", DATA);
        Files.createSymbolicLink(root.resolve("links/link.yaml"), Path.of("../data/b.yaml"));
        Files.createSymbolicLink(root.resolve("links/link2.yml"), Path.of("../data/z.txt"));
        Files.createSymbolicLink(root.resolve("links/l3.txt"), Path.of("../data/b.yaml"));
        Files.createSymbolicLink(root.resolve("links/subl"), Path.of("../data/sub"));
    }

    @Test
    void rulesDirectoryKeepsRulesExtensionsAndNamesFilesByName() throws Exception {
        List<InputFile> files = ValidateInputs.rulesFiles(List.of(path("rules")), FileOrder.ALPHABETICAL);
        // lc.guard is a link to a file (kept); subl is a link to a directory (not walked).
        assertEquals(List.of("a.ruleset", "b.guard", "lc.guard", "c.guard"), names(files));
        assertEquals(path("rules") + "/sub/c.guard", files.get(3).display());
    }

    @Test
    void namedRulesFileIsUsedWhateverItsExtension() throws Exception {
        List<InputFile> files = ValidateInputs.rulesFiles(List.of(path("rules/x.txt"), path("rules/b.guard")),
                FileOrder.ALPHABETICAL);
        assertEquals(List.of("x.txt", "b.guard"), names(files));
    }

    @Test
    void dataFilesAreNamedByRealPathInByteOrderWithSubdirectoriesInPlace() throws Exception {
        List<DataSource> data = ValidateInputs.dataFiles(List.of(path("data")), FileOrder.ALPHABETICAL);
        assertEquals(List.of(path("data/A.json"), path("data/b.yaml"), path("data/sub/c.template")),
                sourceNames(data));
        assertEquals(DATA, data.get(0).content());
    }

    @Test
    void dataExtensionIsCheckedOnTheLinkTarget() throws Exception {
        // l3.txt -> b.yaml is used, link2.yml -> z.txt is not; the directory link is not walked.
        List<DataSource> data = ValidateInputs.dataFiles(List.of(path("links")), FileOrder.ALPHABETICAL);
        assertEquals(List.of(path("data/b.yaml"), path("data/b.yaml")), sourceNames(data));
    }

    @Test
    void rootLinkToADirectoryIsWalked() throws Exception {
        List<DataSource> data = ValidateInputs.dataFiles(List.of(path("links/subl")), FileOrder.ALPHABETICAL);
        assertEquals(List.of(path("data/sub/c.template")), sourceNames(data));
    }

    @Test
    void namedDataFileWithAnotherExtensionIsSkipped() throws Exception {
        assertEquals(List.of(), ValidateInputs.dataFiles(List.of(path("data/z.txt")), FileOrder.ALPHABETICAL));
    }

    @Test
    void repeatedPathsAreKeptInArgumentOrder() throws Exception {
        List<DataSource> data = ValidateInputs.dataFiles(
                List.of(path("data/sub"), path("data/b.yaml"), path("data/sub")), FileOrder.ALPHABETICAL);
        assertEquals(List.of(path("data/sub/c.template"), path("data/b.yaml"), path("data/sub/c.template")),
                sourceNames(data));
    }

    @Test
    void lastModifiedOrderIsOldestFirst() throws Exception {
        write("timed/a.yaml", DATA);
        write("timed/b.yaml", DATA);
        write("timed/c.yaml", DATA);
        touch("timed/a.yaml", 3_000_000);
        touch("timed/b.yaml", 2_000_000);
        touch("timed/c.yaml", 1_000_000);
        assertEquals(List.of(path("timed/c.yaml"), path("timed/b.yaml"), path("timed/a.yaml")),
                sourceNames(ValidateInputs.dataFiles(List.of(path("timed")), FileOrder.LAST_MODIFIED)));
        assertEquals(List.of(path("timed/a.yaml"), path("timed/b.yaml"), path("timed/c.yaml")),
                sourceNames(ValidateInputs.dataFiles(List.of(path("timed")), FileOrder.ALPHABETICAL)));
    }

    @Test
    void inputParametersAreNamedByFileName() throws Exception {
        List<DataSource> parameters =
                ValidateInputs.inputParameterFiles(List.of(path("data")), FileOrder.ALPHABETICAL);
        assertEquals(List.of("A.json", "b.yaml", "c.template"), sourceNames(parameters));
    }

    @Test
    void missingPathIsReportedAsTheReferenceDoes() {
        GuardCliException error = assertThrows(GuardCliException.class,
                () -> ValidateInputs.dataFiles(List.of(path("data"), "no/such.yaml"), FileOrder.ALPHABETICAL));
        assertEquals("The path `no/such.yaml` does not exist", error.getMessage());
        assertThrows(GuardCliException.class, () -> ValidateInputs.requireExists(""));
    }

    @Test
    void blankDataIsAnErrorNamingTheFile() throws Exception {
        write("blank/empty.yaml", " \n\t\u00a0\n");
        GuardCliException error = assertThrows(GuardCliException.class,
                () -> ValidateInputs.dataFiles(List.of(path("blank")), FileOrder.ALPHABETICAL));
        assertEquals("Parser Error when parsing `Unable to parse a template from data file: "
                + path("blank/empty.yaml") + " is empty`", error.getMessage());
    }

    @Test
    void stdinDataIsNamedStdin() throws Exception {
        DataSource source = ValidateInputs.stdinData(new ByteArrayInputStream(DATA.getBytes(StandardCharsets.UTF_8)));
        assertEquals(new DataSource("STDIN", DATA), source);
        assertThrows(GuardCliException.class, () -> ValidateInputs.stdinData(new ByteArrayInputStream(new byte[0])));
    }

    @Test
    void unreadableRulesFileIsSkippedUnlessStructured() throws Exception {
        Path bad = write("bad/latin1.guard", "");
        Files.write(bad, new byte[] {(byte) 0xE9, '\n'});
        List<InputFile> files = List.of(new InputFile(bad, bad.toString()),
                new InputFile(root.resolve("rules/b.guard"), "b.guard"));
        StringWriter stderr = new StringWriter();

        List<RuleSource> read = ValidateInputs.readRules(files, false, new PrintWriter(stderr, true));
        assertEquals(List.of(new RuleSource("b.guard", RULE)), read);
        assertEquals("Unable read content from file I/O error when reading stream did not contain valid UTF-8\n",
                stderr.toString());

        assertThrows(GuardCliException.class,
                () -> ValidateInputs.readRules(files, true, new PrintWriter(new StringWriter())));
    }

    private Path write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private void touch(String relative, long millis) throws IOException {
        Files.setLastModifiedTime(root.resolve(relative), FileTime.fromMillis(millis));
    }

    private String path(String relative) {
        return root.resolve(relative).toString();
    }

    private static List<String> names(List<InputFile> files) {
        return files.stream().map(InputFile::fileName).toList();
    }

    private static List<String> sourceNames(List<DataSource> sources) {
        return sources.stream().map(DataSource::name).toList();
    }
}
