package dev.cfnguard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cfn-guard completions --shell SHELL}: prints the shell completion script. The scripts are the
 * reference's own (see {@link ReferenceTexts}), which complete exactly the options defined here.
 */
@Command(name = "completions")
final class CompletionsCommand implements Callable<Integer>, UsageRules {

    @ParentCommand
    private CfnGuardCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption helpOption;

    @Option(names = {"-s", "--shell"}, paramLabel = "<SHELL>", preprocessor = ClapOptionValues.class)
    Shell shell;

    @Override
    public void checkUsage() {
        if (shell == null) {
            throw ClapErrors.missing(spec, "--shell <SHELL>");
        }
    }

    @Override
    public Integer call() {
        root.context().streams().stdout().print(ReferenceTexts.completions(shell));
        return ExitCodes.SUCCESS;
    }
}
