package dev.cfnguard.cli;

import java.util.Map;
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
     * The value wrongly attached to the flag, if the flag was written {@code --help=VALUE}: clap rejects
     * that, while {@code -h=VALUE} shows the help. Picocli reports both alike, so this looks at the
     * argument itself in the full command line {@code args}.
     */
    java.util.Optional<String> valueAttachedToLongFlag(String[] args) {
        int index = args.length - remainingArguments;
        boolean longFlag = attachedValue != null && index >= 0 && index < args.length && args[index].startsWith("--");
        return longFlag ? java.util.Optional.of(attachedValue) : java.util.Optional.empty();
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
