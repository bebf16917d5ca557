package dev.cfnguard.cli;

import java.util.Map;
import java.util.Optional;
import java.util.Stack;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Raised while parsing as soon as {@code -h/--help} or {@code -V/--version} is met. clap acts on these
 * flags immediately: everything after them is ignored, while an error in an argument before them still
 * wins. Picocli would read on to the end, so the flags' preprocessors stop the parse by throwing this.
 */
final class HelpRequest extends ParameterException {
    private static final long serialVersionUID = 1L;

    enum Kind { HELP, VERSION }

    private final transient CommandSpec command;
    private final Kind kind;
    private final String attachedValue;
    private final int remainingArguments;

    private HelpRequest(CommandSpec command, Kind kind, Stack<String> args, Map<String, Object> info) {
        super(command.commandLine(), kind + " requested");
        this.command = command;
        this.kind = kind;
        // picocli pushes a value attached with '=' onto the argument stack before calling us.
        boolean attached = !" ".equals(info.get("separator"));
        this.attachedValue = attached && !args.isEmpty() ? args.peek() : null;
        this.remainingArguments = args.size();
    }

    /** The command whose help was asked for. */
    CommandSpec command() {
        return command;
    }

    Kind kind() {
        return kind;
    }

    /**
     * The usage error to report instead of the help, if the flag was written {@code --help=VALUE}:
     * clap rejects that, while {@code -h=VALUE} shows the help. Picocli reports both alike, so this
     * looks at the argument itself in the full command line {@code args}.
     */
    Optional<ParameterException> misuse(String[] args) {
        // The stack held the arguments after the flag plus the value picocli pushed: this is the flag.
        int index = args.length - remainingArguments;
        if (attachedValue == null || index < 0 || index >= args.length || !args[index].startsWith("--")) {
            return Optional.empty();
        }
        String flag = kind == Kind.VERSION ? "--version" : "--help";
        return Optional.of(new ParameterException(getCommandLine(),
                "unexpected value '" + attachedValue + "' for '" + flag + "' found; no more were expected"));
    }

    /** Preprocessor of the {@code -h/--help} flags. */
    static final class OnHelp implements IParameterPreprocessor {
        @Override
        public boolean preprocess(Stack<String> args, CommandSpec command, ArgSpec arg, Map<String, Object> info) {
            throw new HelpRequest(command, Kind.HELP, args, info);
        }
    }

    /** Preprocessor of the {@code -V/--version} flags. */
    static final class OnVersion implements IParameterPreprocessor {
        @Override
        public boolean preprocess(Stack<String> args, CommandSpec command, ArgSpec arg, Map<String, Object> info) {
            throw new HelpRequest(command, Kind.VERSION, args, info);
        }
    }
}
