package dev.cfnguard.cli;

import picocli.CommandLine.Option;

/** The {@code -h/--help} flag every subcommand has, as a picocli mixin. */
final class HelpOption {
    @Option(names = {"-h", "--help"}, arity = "0", preprocessor = HelpRequest.OnHelp.class)
    boolean help;
}
