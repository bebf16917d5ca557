package dev.cfnguard.cli;

import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code cfn-guard} command itself: a subcommand is required; {@code -h} and {@code -V} are its only
 * options. It carries the run's {@link CliContext} for the subcommands.
 */
@Command(name = ReferenceTexts.TOOL_NAME, subcommands = {
    ValidateCommand.class,
    TestCommand.class,
    ParseTreeCommand.class,
    RulegenCommand.class,
    CompletionsCommand.class,
    HelpCommand.class
})
final class CfnGuardCommand {

    @Option(names = {"-h", "--help"}, arity = "0", preprocessor = HelpRequest.OnHelp.class)
    boolean help;

    @Option(names = {"-V", "--version"}, arity = "0", preprocessor = HelpRequest.OnVersion.class)
    boolean version;

    private final CliContext context;

    CfnGuardCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    CliContext context() {
        return context;
    }
}
