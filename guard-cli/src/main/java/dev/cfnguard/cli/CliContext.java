package dev.cfnguard.cli;

import java.util.Objects;

/**
 * What the commands of one run share: its streams and the engine that evaluates. Subcommands reach it
 * through their parent, {@code @ParentCommand CfnGuardCommand root; root.context()}.
 */
record CliContext(CliStreams streams, EvaluationEngine engine) {
    CliContext {
        Objects.requireNonNull(streams, "streams");
        Objects.requireNonNull(engine, "engine");
    }
}
