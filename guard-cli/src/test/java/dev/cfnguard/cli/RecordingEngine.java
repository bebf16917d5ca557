package dev.cfnguard.cli;

import java.util.ArrayList;
import java.util.List;

/** An engine that records what the front end hands over and returns a fixed exit code. */
final class RecordingEngine implements EvaluationEngine {
    final List<ValidateRequest> validations = new ArrayList<>();
    final List<TestRequest> tests = new ArrayList<>();
    private final int exitCode;

    RecordingEngine(int exitCode) {
        this.exitCode = exitCode;
    }

    @Override
    public int validate(ValidateRequest request, CliStreams streams) {
        validations.add(request);
        return exitCode;
    }

    @Override
    public int test(TestRequest request, CliStreams streams) {
        tests.add(request);
        return exitCode;
    }
}
