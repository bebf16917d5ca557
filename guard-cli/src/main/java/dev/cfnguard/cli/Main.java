package dev.cfnguard.cli;

import picocli.CommandLine;

/** Entry point of the cfn-guard command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("parse-tree")) {
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            System.exit(new CommandLine(new ParseTreeCommand()).execute(rest));
        }
        System.err.println("not implemented yet");
        System.exit(1);
    }
}
