package dev.cfnguard.cli;

/** The shells {@code completions --shell} generates scripts for. */
enum Shell implements CliValue {
    BASH,
    ZSH,
    FISH;

    @Override
    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
