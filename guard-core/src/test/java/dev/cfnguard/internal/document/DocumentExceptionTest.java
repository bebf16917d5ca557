package dev.cfnguard.internal.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reference's error texts, as printed after "Error occurred " on stderr by
 * {@code cfn-guard validate -r any.guard -d FILE} (and {@code test -r r.guard -t FILE}) for the same inputs.
 */
class DocumentExceptionTest {

    private final DocumentLoader loader = DocumentLoader.withDefaultLimits();

    private DocumentException failure(String text, String name) {
        return assertThrows(DocumentException.class, () -> loader.load(text, name));
    }

    @Test
    void emptyData() {
        assertEquals("Parser Error when parsing `Unable to parse a template from data file: /tmp/docx/empty.yaml is empty`",
                failure("  \n\t\n", "/tmp/docx/empty.yaml").referenceDisplay());
    }

    @Test
    void malformedData() {
        assertEquals("Parser Error when parsing `Error encountered while parsing data file: /tmp/docx/invalid.yaml, "
                + "data beginning with \na: [1, 2\n\n ...`", failure("a: [1, 2\n", "/tmp/docx/invalid.yaml").referenceDisplay());
    }

    @Test
    void nonStringKeyInData() {
        assertEquals("Parser Error when parsing `non string type detected for key in a map at L:0,C:0, "
                + "cfn-guard only supports keys that are string types`", failure("1: a\n", "x").referenceDisplay());
    }

    @Test
    void badlyTaggedValue() {
        assertEquals("Parser Error when parsing `Bad Value encountered parsing incoming file Value = abc, Loc = L:0,C:3`",
                failure("a: !!int abc\n", "x").referenceDisplay());
    }

    @Test
    void commentOnlyDataCrashesTheReference() {
        DocumentException e = failure("# hi\n", "x");
        assertEquals(DocumentException.Kind.NO_DOCUMENT, e.kind());
        assertTrue(e.referencePanics());
    }

    @Test
    void notUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad8.yaml");
        Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xff, (byte) 0xfe, '\n'});
        DocumentException e = assertThrows(DocumentException.class, () -> loader.load(file));
        assertEquals("I/O error when reading stream did not contain valid UTF-8", e.referenceDisplay());
    }

    @Test
    void unreadableTestFile() {
        DocumentException e = assertThrows(DocumentException.class, () -> TestFileLoader.withDefaultLimits()
                .load("name: not a list\ninput: {}\n", "extra/errors/test-not-a-list.yaml"));
        assertEquals("Parser Error when parsing `Unable to process data in file extra/errors/test-not-a-list.yaml, "
                + "Error expected ident at line 1 column 2`", e.referenceDisplay());
    }

    @Test
    void nonStringKeyInATestInputIsReportedBare() throws Exception {
        TestCase testCase = TestFileLoader.withDefaultLimits()
                .load("- input: {1: a}\n  expectations: {rules: {r: PASS}}\n", "t.yaml").get(0);
        DocumentException e = assertThrows(DocumentException.class, testCase::input);
        assertEquals("non string type detected for key in a map at , cfn-guard only supports keys that are string types",
                e.referenceDisplay());
    }
}
