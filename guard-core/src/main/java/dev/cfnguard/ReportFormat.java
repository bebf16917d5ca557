package dev.cfnguard;

import dev.cfnguard.internal.testing.OutputFormat;

/** The report formats of {@code cfn-guard validate}, for {@link Reports}. */
public enum ReportFormat {
    /**
     * The default console report: a summary of the failed rules, then each failure with its location and
     * the template lines around it (for CloudFormation templates).
     */
    SINGLE_LINE_SUMMARY,
    /** The console report followed by the whole evaluation tree ({@code --verbose}). */
    VERBOSE,
    /** JSON: the failures, skipped and passed rules ({@code -o json}; with several results, {@code --structured}). */
    JSON,
    /** The same content as {@link #JSON}, in YAML. */
    YAML,
    /** JUnit XML: a test suite per document, a test case per rule set ({@code --structured -o junit}). */
    JUNIT,
    /** SARIF 2.1.0, for code-scanning tools ({@code --structured -o sarif}). */
    SARIF;

    /** The engine's name for the format; VERBOSE is the console format plus a flag. */
    OutputFormat outputFormat() {
        return switch (this) {
            case SINGLE_LINE_SUMMARY, VERBOSE -> OutputFormat.SINGLE_LINE_SUMMARY;
            case JSON -> OutputFormat.JSON;
            case YAML -> OutputFormat.YAML;
            case JUNIT -> OutputFormat.JUNIT;
            case SARIF -> OutputFormat.SARIF;
        };
    }
}
