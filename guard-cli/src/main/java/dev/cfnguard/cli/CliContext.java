package dev.cfnguard.cli;

import dev.cfnguard.Guard;
import dev.cfnguard.GuardCommands;
import java.util.Objects;

/**
 * What the commands of one run share: its streams, the engine that evaluates ({@code validate},
 * {@code test}) and the library commands the others run ({@code parse-tree}, {@code rulegen}). Subcommands
 * reach it through their parent, {@code @ParentCommand CfnGuardCommand root; root.context()}.
 */
record CliContext(CliStreams streams, EvaluationEngine engine, GuardCommands commands) {
    CliContext {
        Objects.requireNonNull(streams, "streams");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(commands, "commands");
    }

    /** A context whose non-evaluating commands use the default engine configuration. */
    CliContext(CliStreams streams, EvaluationEngine engine) {
        this(streams, engine, Guard.create().commands());
    }
}
