package dev.cfnguard.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** One in-process run of {@link Main#run}: exit code and captured output. */
record CliRun(int exitCode, String stdout, String stderr) {

    static CliRun of(EvaluationEngine engine, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliStreams streams = new CliStreams(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err));
        int code = Main.run(args, streams, engine);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun of(String... args) {
        return of(new PendingEvaluationEngine(), "", args);
    }
}
