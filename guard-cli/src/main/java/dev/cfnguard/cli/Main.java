package dev.cfnguard.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import dev.cfnguard.Guard;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Entry point of the {@code cfn-guard} command line. {@link #run} parses the arguments with picocli,
 * answers help, version and usage errors as the reference (clap) does, and runs the chosen subcommand;
 * {@link #main} only wires the process streams and exits with the code {@code run} returns.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter stdout = processWriter(FileDescriptor.out);
        PrintWriter stderr = processWriter(FileDescriptor.err);
        int exitCode = run(args, new CliStreams(System.in, stdout, stderr), defaultEngine());
        System.exit(exitCode);
    }

    /**
     * A new instance of the engine {@link #main} runs with, so that an in-process caller of {@link #run}
     * behaves exactly like the command line.
     */
    public static EvaluationEngine defaultEngine() {
        return new CoreEvaluationEngine(guard().commands());
    }

    /** The engine configured from the environment ({@link LimitSettings}). */
    private static Guard guard() {
        try {
            return Guard.builder().limits(LimitSettings.current().limits()).build();
        } catch (IllegalArgumentException e) {
            // A bad setting: execute() reports it before any command runs.
            return Guard.create();
        }
    }

    /**
     * Runs one command line and returns its exit code ({@link ExitCodes}); both output streams are
     * flushed on return.
     */
    public static int run(String[] args, CliStreams streams, EvaluationEngine engine) {
        try {
            return dispatch(args, streams, engine);
        } finally {
            streams.stdout().flush();
            streams.stderr().flush();
        }
    }

    private static int dispatch(String[] args, CliStreams streams, EvaluationEngine engine) {
        if (args.length == 0) {
            // clap's arg_required_else_help: the help, as an error.
            streams.stderr().print(ReferenceTexts.help(ReferenceTexts.TOOL_NAME));
            return ExitCodes.USAGE;
        }
        CommandLine commandLine = newCommandLine(new CliContext(streams, engine, guard().commands()));
        ParseResult command;
        try {
            command = parse(commandLine, args);
        } catch (HelpRequest request) {
            return answer(request, args, streams);
        } catch (ParameterException e) {
            return usageError(e, streams);
        }

        String name = command.commandSpec().name();
        Object userObject = command.commandSpec().userObject();
        if (args.length == 1 && !(userObject instanceof HelpCommand)) {
            // A subcommand without any argument: its help, as an error.
            streams.stderr().print(ReferenceTexts.help(name));
            return ExitCodes.USAGE;
        }
        try {
            if (userObject instanceof UsageRules rules) {
                rules.checkUsage();
            }
        } catch (ParameterException e) {
            return usageError(e, streams);
        }
        return execute((Callable<?>) userObject, streams);
    }

    private static int answer(HelpRequest request, String[] args, CliStreams streams) {
        var misuse = request.misuse(args);
        if (misuse.isPresent()) {
            return usageError(misuse.get(), streams);
        }
        streams.stdout().print(request.kind() == HelpRequest.Kind.VERSION
                ? ReferenceTexts.version() : ReferenceTexts.help(request.command().name()));
        return ExitCodes.SUCCESS;
    }

    static CommandLine newCommandLine(CliContext context) {
        CommandLine commandLine = new CommandLine(new CfnGuardCommand(context));
        // Settings apply to the subcommands too. clap has no @file expansion; an unknown argument
        // stops the parse, so that an error before a later --help wins, as in clap.
        commandLine.setExpandAtFiles(false);
        commandLine.setStopAtUnmatched(true);
        commandLine.setTrimQuotes(false);
        return commandLine;
    }

    /** Parses, and returns the result of the innermost command given. */
    private static ParseResult parse(CommandLine commandLine, String[] args) {
        ParseResult result = commandLine.parseArgs(args);
        while (result.hasSubcommand()) {
            result = result.subcommand();
        }
        CommandSpec spec = result.commandSpec();
        List<String> unmatched = result.unmatched();
        boolean topLevel = spec.parent() == null;
        if (!unmatched.isEmpty()) {
            String first = unmatched.get(0);
            throw topLevel && !first.startsWith("-")
                    ? ClapErrors.unrecognizedSubcommand(spec, first)
                    : ClapErrors.unexpectedArgument(spec, first);
        }
        if (topLevel) {
            throw new ParameterException(commandLine,
                    "'" + ReferenceTexts.TOOL_NAME + "' requires a subcommand but one was not provided");
        }
        return result;
    }

    private static int execute(Callable<?> command, CliStreams streams) {
        try {
            LimitSettings.current();
        } catch (IllegalArgumentException e) {
            streams.stderr().print("Error occurred " + e.getMessage() + "\n");
            return ExitCodes.ERROR;
        }
        try {
            return (Integer) command.call();
        } catch (GuardCliException e) {
            streams.stderr().print("Error occurred " + e.getMessage() + "\n");
            return ExitCodes.ERROR;
        } catch (IOException e) {
            streams.stderr().print("Error occurred " + GuardCliException.io(e).getMessage() + "\n");
            return ExitCodes.ERROR;
        } catch (Exception e) {
            // A bug of ours; the reference's counterpart is a panic, with the same exit code.
            streams.stderr().print("internal error: " + e + "\n");
            return ExitCodes.REFERENCE_PANIC;
        } catch (StackOverflowError e) {
            // The limits (LimitSettings) should prevent this; if they do not, still one line and no trace.
            streams.stderr().print("error: stack overflow (input nested too deeply for this thread's stack)\n");
            return ExitCodes.REFERENCE_PANIC;
        }
    }

    /** Prints a usage error the way clap lays it out; stdout stays empty. */
    private static int usageError(ParameterException e, CliStreams streams) {
        String message = e.getMessage();
        if (e instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() instanceof OptionSpec option) {
            message = "the argument '" + option.longestName() + "' cannot be used multiple times";
        }
        String usage = ReferenceTexts.usageLine(e.getCommandLine().getCommandSpec().name());
        streams.stderr().print("error: " + message + "\n\n" + (usage.isEmpty() ? "" : usage + "\n\n")
                + "For more information, try '--help'.\n");
        return ExitCodes.USAGE;
    }

    private static PrintWriter processWriter(FileDescriptor descriptor) {
        return new PrintWriter(new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8)));
    }
}
