package dev.cfnguard.cli;

import dev.cfnguard.GuardCommands;
import dev.cfnguard.GuardSyntaxException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code cfn-guard parse-tree}: prints the parse tree of a rules file (or of standard input) as YAML,
 * or as JSON with {@code -p}. Exit codes as the reference's: 0 on success, 255 when the rules cannot be
 * read or parsed, 1 when the output file cannot be created.
 */
@Command(name = "parse-tree")
final class ParseTreeCommand implements Callable<Integer> {

    @ParentCommand
    private CfnGuardCommand root;

    @Mixin
    private HelpOption helpOption;

    @Option(names = {"-r", "--rules"}, paramLabel = "<RULES>", preprocessor = ClapOptionValues.class)
    String rules;

    @Option(names = {"-o", "--output"}, paramLabel = "<OUTPUT>", preprocessor = ClapOptionValues.class)
    String output;

    @Option(names = {"-p", "--print-json"}, arity = "0")
    boolean printJson;

    // YAML is the default; the flag exists for compatibility.
    @Option(names = {"-y", "--print-yaml"}, arity = "0")
    boolean printYaml;

    @Override
    public Integer call() throws GuardCliException {
        CliStreams streams = root.context().streams();
        PrintWriter out;
        try {
            // Like the reference, the output file is created (or emptied) before anything is read.
            out = OutputFiles.open(output, streams);
        } catch (OutputFiles.CannotCreate e) {
            streams.stderr().print("Error: " + e.getMessage() + "\n");
            return ExitCodes.OUTPUT_FILE_ERROR;
        }
        try (out) {
            String source = readRules(streams);
            try {
                root.context().commands().parseTree(source, printJson, out);
            } catch (GuardSyntaxException e) {
                GuardSyntaxException.Diagnostic first = e.diagnostics().get(0);
                throw new GuardCliException("Parser Error when parsing " + describeInput() + " at line "
                        + first.line() + " column " + first.column() + ": " + first.message());
            } catch (GuardCommands.Failure e) {
                throw new GuardCliException(e.getMessage());
            }
            return ExitCodes.SUCCESS;
        }
    }

    private String readRules(CliStreams streams) throws GuardCliException {
        try {
            return rules == null ? TextFiles.read(streams.stdin()) : TextFiles.read(Path.of(rules));
        } catch (IOException e) {
            throw new GuardCliException("I/O error when reading " + describeInput() + ": " + IoErrors.describe(e), e);
        } catch (InvalidPathException e) {
            throw new GuardCliException("I/O error when reading " + e.getReason());
        }
    }

    private String describeInput() {
        return rules == null ? "standard input" : rules;
    }
}
