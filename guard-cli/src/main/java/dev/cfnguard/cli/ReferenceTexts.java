package dev.cfnguard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The help, version and shell-completion texts, printed verbatim. They are resources captured from the
 * reference {@code cfn-guard} 3.1.1 by {@code guard-cli/tools/capture-reference-text.sh}: clap's layout
 * is simpler to store than to re-implement, and the options themselves are still defined (and parsed)
 * by picocli. Stateless and thread-safe.
 */
final class ReferenceTexts {
    static final String TOOL_NAME = "cfn-guard";

    private ReferenceTexts() {}

    /** The help of {@code command}: {@value #TOOL_NAME} itself or one of its subcommands. */
    static String help(String command) {
        return resource("help-" + command + ".txt");
    }

    static String version() {
        return resource("version.txt");
    }

    static String completions(Shell shell) {
        return resource("completions-" + shell.cliName() + ".txt");
    }

    /** The {@code Usage: ...} line of a command's help, which clap repeats under its error messages. */
    static String usageLine(String command) {
        return help(command).lines().filter(line -> line.startsWith("Usage: ")).findFirst().orElse("");
    }

    private static String resource(String name) {
        try (InputStream in = ReferenceTexts.class.getResourceAsStream("text/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource text/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
