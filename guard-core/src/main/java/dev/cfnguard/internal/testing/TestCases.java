package dev.cfnguard.internal.testing;

import dev.cfnguard.internal.document.DocumentException;
import dev.cfnguard.internal.document.TestCase;
import dev.cfnguard.internal.document.TestFileLoader;
import dev.cfnguard.internal.eval.EvaluationException;
import dev.cfnguard.internal.value.Value;
import java.util.List;

/** Reads test files and their inputs, with the errors the reference reports for them. Stateless. */
final class TestCases {
    private TestCases() {}

    private static final TestFileLoader LOADER = TestFileLoader.withDefaultLimits();

    /** A test file that cannot be used; the message is what the reference prints for it. */
    static final class UnusableFile extends Exception {
        private static final long serialVersionUID = 1L;

        UnusableFile(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The cases of a test file.
     *
     * @param verbatimError whether the error message ends with the reference's stray comma (plain output)
     */
    static List<TestCase> read(TestInput file, boolean verbatimError) throws UnusableFile {
        String text;
        try {
            text = file.read();
        } catch (TestInput.ReadException e) {
            throw new UnusableFile(e.getMessage());
        }
        try {
            return LOADER.load(text, file.display());
        } catch (DocumentException e) {
            throw new UnusableFile("Parser Error when parsing `Unable to process data in file " + file.display()
                    + ", Error " + e.getMessage() + (verbatimError ? ",`" : "`"));
        }
    }

    /**
     * A case's input as a value.
     *
     * @throws EvaluationException when a mapping key is not a string (the reference stops there)
     */
    static Value input(TestCase testCase) {
        try {
            return testCase.input();
        } catch (DocumentException e) {
            throw new EvaluationException(EvaluationException.Kind.INVALID_KEY_TYPE, "");
        }
    }
}
