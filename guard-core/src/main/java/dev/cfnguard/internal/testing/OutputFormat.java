package dev.cfnguard.internal.testing;

/** The {@code --output-format} choices of {@code cfn-guard test}. */
public enum OutputFormat {
    SINGLE_LINE_SUMMARY,
    JSON,
    YAML,
    JUNIT,
    SARIF;

    /** JSON, YAML, JUnit and SARIF are structured. */
    public boolean isStructured() {
        return this != SINGLE_LINE_SUMMARY;
    }
}
