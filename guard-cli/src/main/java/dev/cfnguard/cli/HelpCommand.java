package dev.cfnguard.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cfn-guard help [COMMAND]}: prints the help of the tool or of one subcommand, like clap's
 * generated {@code help} subcommand (which has no options of its own, not even {@code -h}).
 */
@Command(name = "help")
final class HelpCommand implements Callable<Integer>, UsageRules {

    @ParentCommand
    private CfnGuardCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*")
    List<String> commands = new ArrayList<>();

    @Override
    public void checkUsage() {
        if (commands.isEmpty()) {
            return;
        }
        CommandSpec tool = spec.root();
        String name = commands.get(0);
        if (!tool.subcommands().containsKey(name)) {
            throw ClapErrors.unrecognizedSubcommand(tool, name);
        }
        if (commands.size() > 1) {
            // None of our subcommands has subcommands of its own.
            throw ClapErrors.unrecognizedSubcommand(tool.subcommands().get(name).getCommandSpec(), commands.get(1));
        }
    }

    @Override
    public Integer call() {
        String command = commands.isEmpty() ? ReferenceTexts.TOOL_NAME : commands.get(0);
        root.context().streams().stdout().print(ReferenceTexts.help(command));
        return ExitCodes.SUCCESS;
    }
}
