package dev.cfnguard.cli;

/**
 * The seam between the command-line front end and the evaluator: the front end parses the command line,
 * applies the reference's argument checks, finds and reads the input files, then calls one of these
 * methods, which evaluate, write the reports to {@code streams.stdout()} (diagnostics to
 * {@code streams.stderr()}) and return the process exit code ({@link ExitCodes}).
 * An implementation is used for one run at a time.
 */
public interface EvaluationEngine {

    /**
     * Runs {@code validate}. The reference parses every data and input-parameter text before it
     * evaluates any rule, so a bad data file fails the run ({@link GuardCliException}, exit 255) before
     * anything is printed; a rules text that does not parse is reported on stderr and gives exit 5 for
     * that rules file, and the exit code of the run is that of the last rules file that did not pass.
     *
     * @throws GuardCliException for the errors the reference reports as "Error occurred ..."
     */
    int validate(ValidateRequest request, CliStreams streams) throws GuardCliException;

    /**
     * Runs {@code test}.
     *
     * @throws GuardCliException for the errors the reference reports as "Error occurred ..."
     */
    int test(TestRequest request, CliStreams streams) throws GuardCliException;
}
