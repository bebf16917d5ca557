package dev.cfnguard.internal.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cfnguard.internal.document.DocumentException;
import dev.cfnguard.internal.document.DocumentLoader;
import dev.cfnguard.internal.document.LoadLimits;
import dev.cfnguard.internal.document.TestFileLoader;

/**
 * Any text given to the data loader and the test-file loader yields values or a {@link DocumentException}:
 * no other exception, no stack overflow, no hang. The limits are small so that the fuzzer reaches them.
 * Seeds: DocumentLoaderFuzzTestInputs.
 */
class DocumentLoaderFuzzTest {

    private static final LoadLimits SMALL = LoadLimits.DEFAULT.withMaxDepth(200).withMaxNodes(50_000);
    private final DocumentLoader documents = new DocumentLoader(SMALL);
    private final TestFileLoader testFiles = new TestFileLoader(SMALL);

    @FuzzTest(maxDuration = "40m", maxExecutions = 1_000_000)
    void loadsOrReportsAnError(byte[] input) {
        String text = FuzzChecks.text(input, 1024);
        try {
            documents.load(text, "fuzz.yaml");
        } catch (DocumentException e) {
            FuzzChecks.oneLine(e.describe());
        }
        try {
            testFiles.load(text, "fuzz_tests.yaml");
        } catch (DocumentException e) {
            FuzzChecks.oneLine(e.describe());
        }
    }
}
