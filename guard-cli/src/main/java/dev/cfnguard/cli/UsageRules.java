package dev.cfnguard.cli;

import picocli.CommandLine.ParameterException;

/**
 * The checks clap makes once all arguments are read: required options, options that conflict. They are
 * kept out of picocli's annotations so that picocli only reports errors met while reading arguments,
 * which is what makes a later {@code --help} lose against an earlier bad argument, as in clap.
 */
interface UsageRules {
    /** @throws ParameterException worded like clap's message, if the parsed options break a rule */
    void checkUsage();
}
