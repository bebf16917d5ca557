package dev.cfnguard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cfn-guard parse-tree}: prints the parse tree of a rules file. Placeholder with the reference's
 * options only; the parser's front end replaces it.
 */
@Command(name = "parse-tree")
final class ParseTreeCommand implements Callable<Integer> {

    @Mixin
    private HelpOption helpOption;

    @Option(names = {"-r", "--rules"}, paramLabel = "<RULES>", preprocessor = ClapOptionValues.class)
    String rules;

    @Option(names = {"-o", "--output"}, paramLabel = "<OUTPUT>", preprocessor = ClapOptionValues.class)
    String output;

    @Option(names = {"-p", "--print-json"}, arity = "0")
    boolean printJson;

    @Option(names = {"-y", "--print-yaml"}, arity = "0")
    boolean printYaml;

    @Override
    public Integer call() throws GuardCliException {
        throw new GuardCliException("parse-tree is not implemented yet");
    }
}
