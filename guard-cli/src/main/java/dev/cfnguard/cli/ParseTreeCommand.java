package dev.cfnguard.cli;

import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.parse.GuardSyntaxException;
import dev.cfnguard.internal.parse.RulesParser;
import dev.cfnguard.internal.parse.SyntaxDiagnostic;
import dev.cfnguard.internal.tree.ParseTreePrinter;
import dev.cfnguard.internal.tree.TreeSerializationException;
import java.io.BufferedWriter;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cfn-guard parse-tree}: prints the parse tree of a rules file (or of standard input) as YAML,
 * or as JSON with {@code -p}. Exit codes as the reference's: 0 on success, 255 when the rules cannot
 * be read or parsed, 2 for usage errors (no arguments at all), 1 when the output file cannot be
 * created.
 */
@Command(name = "parse-tree", description = "Prints out the parse tree for the rules defined in the file.")
public final class ParseTreeCommand implements Callable<Integer> {

    private static final String HELP = """
            Prints out the parse tree for the rules defined in the file.

            Usage: cfn-guard parse-tree [OPTIONS]

            Options:
              -r, --rules <RULES>    Provide a rules file
              -o, --output <OUTPUT>  Write to output file
              -p, --print-json       Print output in JSON format. Use -p as the short flag
              -y, --print-yaml       Print output in YAML format
              -h, --help             Print help
            """;
    private static final int SUCCESS = 0;
    private static final int FAILURE = 255;
    private static final int USAGE = 2;
    private static final int OUTPUT_UNAVAILABLE = 1;

    @Option(names = {"-r", "--rules"}, paramLabel = "<RULES>", description = "Provide a rules file")
    private String rules;

    @Option(names = {"-o", "--output"}, paramLabel = "<OUTPUT>", description = "Write to output file")
    private String output;

    @Option(names = {"-p", "--print-json"}, description = "Print output in JSON format. Use -p as the short flag")
    private boolean printJson;

    // YAML is the default; the flag only exists for compatibility.
    @Option(names = {"-y", "--print-yaml"}, description = "Print output in YAML format")
    private boolean printYaml;

    @Option(names = {"-h", "--help"}, description = "Print help")
    private boolean help;

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;

    /** A command on the process's standard streams. */
    public ParseTreeCommand() {
        this(System.in, System.out, System.err);
    }

    /** A command on the given streams (for tests and embedding). */
    public ParseTreeCommand(InputStream stdin, PrintStream stdout, PrintStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() {
        if (help) {
            stdout.print(HELP);
            stdout.flush();
            return SUCCESS;
        }
        if (rules == null && output == null && !printJson && !printYaml) {
            // Like the reference, an argument-less call is a usage error that shows the help.
            stderr.print(HELP);
            stderr.flush();
            return USAGE;
        }
        OutputStream target;
        try {
            // The reference creates the output file before it reads anything.
            target = output == null ? stdout : new FileOutputStream(output);
        } catch (FileNotFoundException e) {
            stderr.println("Error: cannot create output file " + output + ": " + e.getMessage());
            return OUTPUT_UNAVAILABLE;
        }
        try (Writer out = new BufferedWriter(new OutputStreamWriter(nonClosing(target), StandardCharsets.UTF_8))) {
            return print(out);
        } catch (IOException e) {
            stderr.println("Error occurred I/O error when writing: " + e.getMessage());
            return FAILURE;
        } finally {
            if (target != stdout) {
                closeQuietly(target);
            }
        }
    }

    private int print(Writer out) throws IOException {
        String source;
        try {
            source = readRules();
        } catch (NoSuchFileException e) {
            stderr.println("Error occurred I/O error when reading " + rules + ": No such file or directory");
            return FAILURE;
        } catch (CharacterCodingException e) {
            stderr.println("Error occurred I/O error when reading " + describeInput() + ": stream did not contain valid UTF-8");
            return FAILURE;
        } catch (IOException e) {
            stderr.println("Error occurred I/O error when reading " + describeInput() + ": " + e.getMessage());
            return FAILURE;
        }
        RulesFile file;
        try {
            // parse-tree names the default rule plain `default`, so the file name is left out.
            file = RulesParser.parse(source, "");
        } catch (GuardSyntaxException e) {
            SyntaxDiagnostic first = e.diagnostics().get(0);
            stderr.println("Error occurred Parser Error when parsing " + describeInput() + " at line "
                    + first.line() + " column " + first.column() + ": " + first.message());
            return FAILURE;
        }
        try {
            if (printJson) {
                ParseTreePrinter.writeJson(file, out);
            } else {
                ParseTreePrinter.writeYaml(file, out);
            }
        } catch (TreeSerializationException e) {
            out.flush();
            stderr.println("Error occurred Types or variable assignments are incompatible `" + e.getMessage() + "`");
            return FAILURE;
        }
        return SUCCESS;
    }

    private String readRules() throws IOException {
        byte[] bytes = rules == null ? stdin.readAllBytes() : Files.readAllBytes(Path.of(rules));
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private String describeInput() {
        return rules == null ? "standard input" : rules;
    }

    private static OutputStream nonClosing(OutputStream stream) {
        return new java.io.FilterOutputStream(stream) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static void closeQuietly(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // Nothing left to report: the output was already flushed or its failure reported.
        }
    }
}
