package dev.cfnguard.cli;

/** The process exit codes of the reference {@code cfn-guard} 3.1.1, which ours must reproduce. */
public final class ExitCodes {
    public static final int SUCCESS = 0;
    /** {@code test}: a rules or test file could not be processed. */
    public static final int TEST_ERROR = 1;
    /** {@code parse-tree}/{@code rulegen}: the {@code --output} file cannot be created. */
    public static final int OUTPUT_FILE_ERROR = 1;
    /** {@code rulegen}: the template cannot be read as a CloudFormation template. */
    public static final int TEMPLATE_ERROR = 1;
    /** Command-line usage error (clap's exit code). */
    public static final int USAGE = 2;
    /** {@code validate}: a rules file does not parse. */
    public static final int RULES_PARSE_ERROR = 5;
    /** {@code test}: an expectation was not met. */
    public static final int TEST_FAILURE = 7;
    /** {@code validate}: a rule failed. */
    public static final int VALIDATION_FAILURE = 19;
    /**
     * The reference crashes (Rust panic) on a few argument combinations, e.g. {@code validate -r} without
     * any rules file; we report those cases with the same exit code.
     */
    public static final int REFERENCE_PANIC = 101;
    /** Any other error: the reference returns -1 from main ("Error occurred ..."). */
    public static final int ERROR = 255;

    private ExitCodes() {}
}
