package dev.cfnguard.cli;

/** The engine until the evaluator is plugged in: every run stops with a "not implemented yet" error. */
final class PendingEvaluationEngine implements EvaluationEngine {

    @Override
    public int validate(ValidateRequest request, CliStreams streams) throws GuardCliException {
        throw new GuardCliException("validate: evaluation is not implemented yet");
    }

    @Override
    public int test(TestRequest request, CliStreams streams) throws GuardCliException {
        throw new GuardCliException("test: evaluation is not implemented yet");
    }
}
