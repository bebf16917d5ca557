package dev.cfnguard.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The help texts are captured from the reference while the options are defined in picocli; this keeps
 * the two in step: every option we parse is one the help (and so the reference) lists, and vice versa.
 */
class HelpTextConsistencyTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void everyOptionIsInTheHelpTextAndViceVersa(String name, CommandLine command) {
        String help = ReferenceTexts.help(name);
        long listed = help.lines().filter(line -> line.matches("  -\\w, --.*")).count();
        for (OptionSpec option : command.getCommandSpec().options()) {
            String shown = "  " + option.shortestName() + ", " + option.longestName();
            assertTrue(help.contains(shown), name + " help lacks " + shown);
        }
        assertTrue(listed == command.getCommandSpec().options().size(),
                name + " help lists " + listed + " options, picocli defines " + command.getCommandSpec().options().size());
    }

    static Stream<Object[]> commands() {
        CliStreams streams = new CliStreams(new ByteArrayInputStream(new byte[0]),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        CommandLine root = Main.newCommandLine(new CliContext(streams, new PendingEvaluationEngine()));
        return Stream.concat(Stream.<Object[]>of(new Object[] {ReferenceTexts.TOOL_NAME, root}),
                root.getSubcommands().entrySet().stream()
                        .filter(e -> !e.getKey().equals("help"))
                        .map(e -> new Object[] {e.getKey(), e.getValue()}));
    }
}
