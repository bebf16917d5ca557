package dev.cfnguard.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Usage errors worded like clap's, for the rules the commands check themselves. */
final class ClapErrors {
    private ClapErrors() {}

    static ParameterException conflict(CommandSpec command, String argument, String other) {
        return new ParameterException(command.commandLine(),
                "the argument '" + argument + "' cannot be used with '" + other + "'");
    }

    static ParameterException missing(CommandSpec command, String required) {
        return new ParameterException(command.commandLine(),
                "the following required arguments were not provided:\n  " + required);
    }

    static ParameterException unexpectedArgument(CommandSpec command, String argument) {
        return new ParameterException(command.commandLine(), "unexpected argument '" + argument + "' found");
    }

    static ParameterException unrecognizedSubcommand(CommandSpec command, String name) {
        return new ParameterException(command.commandLine(), "unrecognized subcommand '" + name + "'");
    }
}
