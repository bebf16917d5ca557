package dev.cfnguard.cli;

import dev.cfnguard.GuardCommands;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cfn-guard rulegen}: generates rules from a CloudFormation template ({@link RuleGenerator}) and
 * writes them to stdout or to the {@code --output} file.
 */
@Command(name = "rulegen")
final class RulegenCommand implements Callable<Integer>, UsageRules {

    @ParentCommand
    private CfnGuardCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption helpOption;

    @Option(names = {"-o", "--output"}, paramLabel = "<OUTPUT>", preprocessor = ClapOptionValues.class)
    String output;

    @Option(names = {"-t", "--template"}, paramLabel = "<TEMPLATE>", preprocessor = ClapOptionValues.class)
    String template;

    @Override
    public void checkUsage() {
        if (template == null) {
            throw ClapErrors.missing(spec, "--template <TEMPLATE>");
        }
    }

    @Override
    public Integer call() throws GuardCliException {
        CliStreams streams = root.context().streams();
        PrintWriter out;
        try {
            // Like the reference, the output file is created (or emptied) before anything else happens.
            out = OutputFiles.open(output, streams);
        } catch (OutputFiles.CannotCreate e) {
            streams.stderr().print("Error: " + e.getMessage() + "\n");
            return ExitCodes.OUTPUT_FILE_ERROR;
        }
        try (out) {
            GuardCommands.GeneratedRules generated = root.context().commands().rulegen(readTemplate());
            if (generated.parseError() != null) {
                streams.stderr().print(generated.parseError() + "\n");
            }
            out.print(generated.rules());
            return ExitCodes.SUCCESS;
        } catch (GuardCommands.Failure e) {
            if (e.referencePanics()) {
                streams.stderr().print("error: " + e.getMessage() + " (the reference cfn-guard crashes here)\n");
                return ExitCodes.REFERENCE_PANIC;
            }
            streams.stderr().print(e.getMessage() + "\n");
            return ExitCodes.TEMPLATE_ERROR;
        }
    }

    private String readTemplate() throws GuardCliException {
        try {
            return TextFiles.read(Path.of(template));
        } catch (IOException e) {
            throw GuardCliException.io(e);
        } catch (InvalidPathException e) {
            throw new GuardCliException("I/O error when reading " + e.getReason());
        }
    }
}
