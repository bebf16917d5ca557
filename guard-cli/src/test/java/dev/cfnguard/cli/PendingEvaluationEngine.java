package dev.cfnguard.cli;

/**
 * A stand-in engine for front-end tests that must not evaluate anything: every run stops with a
 * "not implemented" error.
 */
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
