package dev.cfnguard.rules;

import dev.cfnguard.cli.CliStreams;
import dev.cfnguard.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the {@code cfn-guard} command line, with the engine the command line uses. */
record CfnGuardRun(int exitCode, String stdout, String stderr) {

    static CfnGuardRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliStreams streams = new CliStreams(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err));
        int exitCode = Main.run(args, streams, Main.defaultEngine());
        return new CfnGuardRun(exitCode, out.toString(), err.toString());
    }

    /** Both streams, for assertion messages. */
    String transcript() {
        return "exit code " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
    }
}
