package dev.cfnguard.cli;

import dev.cfnguard.internal.document.DocumentLoader;
import dev.cfnguard.internal.eval.EvaluationException;
import dev.cfnguard.internal.eval.Status;
import dev.cfnguard.internal.report.Validation;
import dev.cfnguard.internal.testing.RulesFileParser;
import dev.cfnguard.internal.testing.RulesUnderTest;
import dev.cfnguard.internal.testing.TestInput;
import dev.cfnguard.internal.testing.TestRunException;
import dev.cfnguard.internal.testing.TestRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The evaluation engine backed by guard-core: {@code validate} runs through {@link Validation},
 * {@code test} through {@link TestRunner}. Used for one run at a time.
 */
final class CoreEvaluationEngine implements EvaluationEngine {

    private final RulesFileParser parser;

    CoreEvaluationEngine(RulesFileParser parser) {
        this.parser = parser;
    }

    @Override
    public int validate(ValidateRequest request, CliStreams streams) throws GuardCliException {
        Set<Status> summary = EnumSet.noneOf(Status.class);
        request.summaryStatuses().forEach(shown -> summary.add(Status.valueOf(shown.name())));
        Validation.Options options = new Validation.Options(coreFormat(request.outputFormat()), summary,
                request.verbose(), request.printJson(), request.structured());
        Validation validation = new Validation(parser, DocumentLoader.withDefaultLimits(), options,
                streams.stdout(), streams.stderr());
        try {
            return validation.run(
                    request.rules().stream().map(r -> new Validation.Input(r.name(), r.content())).toList(),
                    data(request.data()), data(request.inputParameters()), request.mergeInputParameters());
        } catch (Validation.Failure e) {
            if (e.panics()) {
                streams.stderr().print("error: " + e.getMessage() + " (the reference cfn-guard crashes here)\n");
                return ExitCodes.REFERENCE_PANIC;
            }
            throw new GuardCliException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Validation.Input> data(List<DataSource> sources) {
        return sources.stream().map(d -> new Validation.Input(d.name(), d.content())).toList();
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
