package dev.cfnguard.cli;

/** The {@code --output-format} values of {@code validate} and {@code test}. */
public enum OutputFormat implements CliValue {
    SINGLE_LINE_SUMMARY("single-line-summary"),
    JSON("json"),
    YAML("yaml"),
    JUNIT("junit"),
    SARIF("sarif");

    private final String cliName;

    OutputFormat(String cliName) {
        this.cliName = cliName;
    }

    @Override
    public String cliName() {
        return cliName;
    }

    /** Every format but the default plain-text one. */
    public boolean isStructured() {
        return this != SINGLE_LINE_SUMMARY;
    }
}
