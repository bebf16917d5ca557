package dev.cfnguard.internal.document;

import dev.cfnguard.internal.document.DocumentException.Kind;
import dev.cfnguard.internal.value.Value;
import dev.cfnguard.internal.value.ValueJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inputs built to exhaust the JVM are answered quickly with a clear error, never a crash. */
class HostileInputTest {

    private static final Duration QUICKLY = Duration.ofSeconds(20);
    private final DocumentLoader loader = DocumentLoader.withDefaultLimits();

    @Test
    void nestingBeyondTheLimitIsRefusedWithoutStackOverflow() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        DocumentException e = assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(DocumentException.class, () -> loader.load(deep, "deep.yaml")));
        assertEquals(Kind.LIMIT, e.kind());
        assertEquals("Unable to load data file deep.yaml: nesting is deeper than 5000 levels", e.getMessage());
        assertEquals(5000, e.location().orElseThrow().column());
    }

    @Test
    void deepMappingsAreCountedLikeSequences() {
        String deep = "{a: ".repeat(6_000) + "1" + "}".repeat(6_000);
        DocumentException e = assertThrows(DocumentException.class, () -> loader.load(deep, "deep.yaml"));
        assertEquals(Kind.LIMIT, e.kind());
    }

    @Test
    void nestingWithinTheLimitLoadsAndWritesIteratively() throws DocumentException {
        int depth = 4_000;
        Value root = assertTimeoutPreemptively(QUICKLY,
                () -> loader.load("[".repeat(depth) + "]".repeat(depth), "deep.yaml"));
        Value innermost = root;
        for (int i = 1; i < depth; i++) {
            innermost = ((Value.ListValue) innermost).elements().get(0);
        }
        assertEquals("/0".repeat(depth - 1), innermost.path().pointer());
        assertEquals(depth - 1, innermost.path().location().column());
        assertEquals("[".repeat(depth) + "]".repeat(depth), ValueJson.compact(root));
    }

    @Test
    void aNestingLimitCanBeConfigured() {
        DocumentLoader shallow = new DocumentLoader(LoadLimits.DEFAULT.withMaxDepth(3));
        assertThrows(DocumentException.class, () -> shallow.load("a: {b: [c: 1]}", "x.yaml"));
    }

    @Test
    void aliasBombInDataIsRefusedAtTheFirstAlias() {
        String bomb = billionLaughs();
        DocumentException e = assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(DocumentException.class, () -> loader.load(bomb, "bomb.yaml")));
        assertEquals(Kind.SYNTAX, e.kind());
        assertEquals(1, e.location().orElseThrow().line()); // 0-based: the second line
    }

    @Test
    void aliasBombInATestFileStopsAtSerdeYamlsRepetitionLimit() {
        String bomb = "- input:\n" + billionLaughs().indent(4) + "  expectations:\n    rules:\n      r: PASS\n";
        DocumentException e = assertTimeoutPreemptively(QUICKLY, () -> assertThrows(DocumentException.class,
                () -> TestFileLoader.withDefaultLimits().load(bomb, "bomb.yaml")));
        // YAML gives up, so the reference reports the JSON parser's view of the text.
        assertEquals(Kind.TEST_FILE, e.kind());
        assertEquals("invalid number at line 1 column 2", e.getMessage());
    }

    @Test
    void aliasExpansionIsBoundedByTheNodeLimit() {
        String text = "- input:\n    a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n    b: [*a, *a, *a, *a, *a]\n"
                + "  expectations:\n    rules:\n      r: PASS\n";
        TestFileLoader small = new TestFileLoader(LoadLimits.DEFAULT.withMaxNodes(40));
        DocumentException e = assertThrows(DocumentException.class, () -> small.load(text, "t.yaml"));
        assertEquals(Kind.LIMIT, e.kind());
    }

    @Test
    void aliasesExpandInTestFiles() throws DocumentException {
        String text = "- input:\n    a: &a {x: 1}\n    b: *a\n  expectations:\n    rules:\n      r: PASS\n";
        List<TestCase> cases = TestFileLoader.withDefaultLimits().load(text, "t.yaml");
        Value.MapValue input = (Value.MapValue) cases.get(0).input();
        Value.MapValue copy = (Value.MapValue) input.entries().get("b");
        assertEquals("/b/x", copy.entries().get("x").path().pointer());
    }

    @Test
    void deeplyNestedJsonTestFileStopsAtTheRecursionLimit() {
        // Expected text from: cfn-guard test -r r.guard -t deep.json (this content)
        String deep = "[{\"input\": " + "[".repeat(100_000);
        DocumentException e = assertTimeoutPreemptively(QUICKLY, () -> assertThrows(DocumentException.class,
                () -> TestFileLoader.withDefaultLimits().load(deep, "deep.json")));
        assertEquals("recursion limit exceeded at line 1 column 137", e.getMessage());
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        byte[] content = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(content, (byte) 'x');
        Files.write(big, content);
        // A limit below the file's size: the default one admits files of 256 MiB.
        DocumentLoader limited = new DocumentLoader(LoadLimits.DEFAULT.withMaxInputChars(32L * 1024 * 1024));
        DocumentException e = assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(DocumentException.class, () -> limited.load(big, "big.yaml")));
        assertEquals(Kind.LIMIT, e.kind());
        assertTrue(e.getMessage().startsWith("Unable to load data file big.yaml: file is larger than"));
    }

    @Test
    void aLargeTemplateWithinTheLimitLoadsQuickly() {
        StringBuilder text = new StringBuilder("Resources:\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("  Bucket").append(i).append(":\n    Type: AWS::S3::Bucket\n    Properties:\n")
                    .append("      Tags: [{Key: k, Value: !Ref v}]\n");
        }
        Value root = assertTimeoutPreemptively(QUICKLY, () -> loader.load(text.toString(), "big.yaml"));
        Value.MapValue resources = (Value.MapValue) ((Value.MapValue) root).entries().get("Resources");
        assertEquals(20_000, resources.entries().size());
        Value last = resources.entries().get("Bucket19999");
        assertInstanceOf(Value.MapValue.class, last);
        assertEquals(new dev.cfnguard.internal.value.Location(79_998, 4), last.path().location());
    }

    @Test
    void textBeyondTheCharacterLimitIsRefused() {
        DocumentLoader tiny = new DocumentLoader(LoadLimits.DEFAULT.withMaxInputChars(10));
        DocumentException e = assertThrows(DocumentException.class, () -> tiny.load("a: 12345678901", "x"));
        assertEquals(Kind.LIMIT, e.kind());
    }

    private static String billionLaughs() {
        StringBuilder text = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level < 10; level++) {
            String previous = "*a" + (level - 1);
            text.append('a').append(level).append(": &a").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
        }
        return text.toString();
    }
}
