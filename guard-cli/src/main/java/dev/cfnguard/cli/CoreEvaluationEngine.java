package dev.cfnguard.cli;

import dev.cfnguard.internal.eval.EvaluationException;
import dev.cfnguard.internal.testing.RulesFileParser;
import dev.cfnguard.internal.testing.RulesUnderTest;
import dev.cfnguard.internal.testing.TestInput;
import dev.cfnguard.internal.testing.TestRunException;
import dev.cfnguard.internal.testing.TestRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The evaluation engine backed by guard-core: {@code test} runs through
 * {@link TestRunner}; {@code validate} is delegated to another engine until its reporters exist.
 * Used for one run at a time.
 */
final class CoreEvaluationEngine implements EvaluationEngine {

    private final RulesFileParser parser;
    private final EvaluationEngine validateEngine;

    CoreEvaluationEngine(RulesFileParser parser, EvaluationEngine validateEngine) {
        this.parser = parser;
        this.validateEngine = validateEngine;
    }

    @Override
    public int validate(ValidateRequest request, CliStreams streams) throws GuardCliException {
        return validateEngine.validate(request, streams);
    }

    @Override
    public int test(TestRequest request, CliStreams streams) throws GuardCliException {
        dev.cfnguard.internal.testing.OutputFormat format = coreFormat(request.outputFormat());
        try {
            if (request instanceof TestRequest.SingleRulesFile single) {
                return TestRunner.runSingle(input(single.rulesFile()), inputs(single.testFiles()), format,
                        single.verbose(), parser, streams.stdout());
            }
            TestRequest.Directory directory = (TestRequest.Directory) request;
            List<RulesUnderTest> rules = directory.rulesFiles().stream()
                    .map(r -> new RulesUnderTest(input(r.rulesFile()), r.prefix(), inputs(r.testFiles())))
                    .toList();
            return TestRunner.runDirectory(rules, format, directory.verbose(), parser, streams.stdout());
        } catch (TestRunException e) {
            throw new GuardCliException(e.getMessage(), e);
        } catch (EvaluationException e) {
            if (e.kind() == EvaluationException.Kind.PANIC) {
                streams.stderr().print("thread 'main' panicked: " + e.getMessage() + "\n");
                return ExitCodes.REFERENCE_PANIC;
            }
            throw new GuardCliException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestInput input(InputFile file) {
        return new TestInput(file.path(), file.display());
    }

    private static List<TestInput> inputs(List<InputFile> files) {
        return files.stream().map(CoreEvaluationEngine::input).toList();
    }

    private static dev.cfnguard.internal.testing.OutputFormat coreFormat(OutputFormat format) {
        return dev.cfnguard.internal.testing.OutputFormat.valueOf(format.name());
    }
}
