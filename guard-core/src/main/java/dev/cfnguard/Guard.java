package dev.cfnguard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cfnguard.internal.ast.RulesFile;
import dev.cfnguard.internal.document.DocumentException;
import dev.cfnguard.internal.document.DocumentLoader;
import dev.cfnguard.internal.eval.EvaluationSettings;
import dev.cfnguard.internal.eval.Evaluator;
import dev.cfnguard.internal.eval.ExtensionFunction;
import dev.cfnguard.internal.parse.RulesParser;
import dev.cfnguard.internal.parse.SyntaxDiagnostic;
import dev.cfnguard.internal.value.JavaValues;
import dev.cfnguard.internal.value.Location;
import dev.cfnguard.internal.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The entry point of the Guard engine: compiles rules, loads documents and runs the {@code cfn-guard}
 * commands, with one configuration ({@link Limits}, extra {@link GuardFunction}s).
 *
 * <pre>{@code
 * Guard guard = Guard.create();
 * RuleSet rules = guard.compile(Path.of("ecs.guard"));
 * ValidationResult result = rules.evaluate(guard.loadDocument(Path.of("template.yaml")));
 * for (ClauseFailure failure : result.failures()) {
 *     System.out.println(failure.line() + ": " + failure.rule() + " " + failure.clause());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; so are the rule sets and documents it makes. There is no global state:
 * engines with different configurations can coexist in one JVM.
 */
public final class Guard {

    private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Limits limits;
    private final EvaluationSettings settings;
    private final DocumentLoader loader;

    private Guard(Limits limits, Map<String, ExtensionFunction> functions) {
        this.limits = limits;
        this.settings = new EvaluationSettings(limits.eval(), functions);
        this.loader = new DocumentLoader(limits.load());
    }

    /** @return an engine with {@link Limits#defaults()} and only the built-in functions */
    public static Guard create() {
        return builder().build();
    }

    /** @return a builder for an engine with other limits or extra functions */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the limits this engine applies */
    public Limits limits() {
        return limits;
    }

    // ---- rules ----

    /**
     * Compiles a rules text.
     *
     * @param source the rules, in the Guard language
     * @param name   the name messages and reports use for it (usually its file name)
     * @return the compiled rules; a text with nothing but comments gives a rule set without rules
     * @throws GuardSyntaxException when the text is not valid Guard
     */
    public RuleSet compile(String source, String name) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        RulesFile rules;
        try {
            rules = RulesParser.parse(source, name, limits.maxRuleNesting());
        } catch (dev.cfnguard.internal.parse.GuardSyntaxException e) {
            throw syntaxError(e);
        }
        return new RuleSet(name, rules, new Evaluator(rules, name, settings));
    }

    /**
     * Compiles a rules file (UTF-8), named by its path as given.
     *
     * @param file the rules file
     * @return the compiled rules
     * @throws GuardSyntaxException when the text is not valid Guard
     * @throws GuardException       when the file cannot be read
     */
    public RuleSet compile(Path file) {
        String name = file.toString();
        try {
            return compile(DocumentLoader.readUtf8(file, name, limits.load()), name);
        } catch (DocumentException e) {
            throw new GuardException("cannot read rules file " + name + ": " + e.detail(), e);
        }
    }

    /**
     * Compiles rules read from {@code reader} to its end (the reader is not closed).
     *
     * @param reader the rules text
     * @param name   the name messages and reports use for it
     * @return the compiled rules
     * @throws GuardSyntaxException when the text is not valid Guard
     * @throws GuardException       when reading fails
     */
    public RuleSet compile(Reader reader, String name) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                text.append(buffer, 0, n);
                if (text.length() > limits.maxDocumentBytes()) {
                    throw new GuardException("cannot read rules " + name + ": longer than "
                            + limits.maxDocumentBytes() + " characters");
                }
            }
        } catch (IOException e) {
            throw new GuardException("cannot read rules " + name + ": " + e.getMessage(), e);
        }
        return compile(text.toString(), name);
    }

    static GuardSyntaxException syntaxError(dev.cfnguard.internal.parse.GuardSyntaxException e) {
        List<GuardSyntaxException.Diagnostic> diagnostics = new ArrayList<>();
        for (SyntaxDiagnostic each : e.diagnostics()) {
            diagnostics.add(new GuardSyntaxException.Diagnostic(each.fileName() == null ? "" : each.fileName(),
                    each.line(), each.column(), each.message()));
        }
        return new GuardSyntaxException(e.getMessage(), diagnostics, e.referenceMessage().orElse(e.getMessage()));
    }

    // ---- documents ----

    /**
     * Parses a YAML or JSON text: {@link DocumentFormat#YAML}, which reads JSON too, as the reference does
     * (CloudFormation's short-form tags such as {@code !Ref} are understood). Only the first document of a
     * YAML stream is read.
     *
     * @param text the document
     * @param name the name reports use for it (usually its file name)
     * @return the document, whose values know their line and column
     * @throws GuardDocumentException when the text is empty, does not parse, or breaks a {@link Limits limit}
     */
    public Document parseDocument(String text, String name) {
        return parseDocument(text, name, DocumentFormat.YAML);
    }

    /**
     * Parses a text in a stated format.
     *
     * @param text   the document
     * @param name   the name reports use for it
     * @param format {@link DocumentFormat#JSON} to refuse what is not strict JSON
     * @return the document, whose values know their line and column
     * @throws GuardDocumentException when the text is empty, is not in {@code format}, or breaks a limit
     */
    public Document parseDocument(String text, String name, DocumentFormat format) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        if (format == DocumentFormat.JSON) {
            StrictJson.check(text, name);
        }
        try {
            return new Document(name, text, loader.load(text, name));
        } catch (DocumentException e) {
            throw documentError(e);
        }
    }

    /**
     * Reads and parses a YAML or JSON file (UTF-8) as {@link DocumentFormat#YAML}, named by its path as given.
     * A file over {@link Limits#maxDocumentBytes()} is refused before it is read.
     *
     * @param file the document
     * @return the document
     * @throws GuardDocumentException when the file cannot be read or parsed, or breaks a limit
     */
    public Document loadDocument(Path file) {
        return loadDocument(file, DocumentFormat.YAML);
    }

    /**
     * Reads and parses a file (UTF-8) in a stated format, named by its path as given.
     *
     * @param file   the document
     * @param format {@link DocumentFormat#JSON} to refuse what is not strict JSON
     * @return the document
     * @throws GuardDocumentException when the file cannot be read, is not in {@code format}, or breaks a limit
     */
    public Document loadDocument(Path file, DocumentFormat format) {
        String name = file.toString();
        try {
            return parseDocument(DocumentLoader.readUtf8(file, name, limits.load()), name, format);
        } catch (DocumentException e) {
            throw documentError(e);
        }
    }

    /**
     * Reads a YAML or JSON document (UTF-8) from {@code in} to its end (the stream is not closed), reading
     * no more than {@link Limits#maxDocumentBytes()} bytes.
     *
     * @param in   the document's bytes
     * @param name the name reports use for it
     * @return the document
     * @throws GuardDocumentException when the bytes cannot be read or parsed, or break a limit
     */
    public Document loadDocument(InputStream in, String name) {
        return loadDocument(in, name, DocumentFormat.YAML);
    }

    /**
     * Reads a document (UTF-8) in a stated format from {@code in} to its end (the stream is not closed),
     * reading no more than {@link Limits#maxDocumentBytes()} bytes.
     *
     * @param in     the document's bytes
     * @param name   the name reports use for it
     * @param format {@link DocumentFormat#JSON} to refuse what is not strict JSON
     * @return the document
     * @throws GuardDocumentException when the bytes cannot be read, are not in {@code format}, or break a limit
     */
    public Document loadDocument(InputStream in, String name, DocumentFormat format) {
        Objects.requireNonNull(name, "name");
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
        } catch (IOException e) {
            throw new GuardDocumentException(name + ": cannot read: " + e.getMessage(), name, 0, 0,
                    "I/O error when reading " + e.getMessage(), false);
        }
        if (bytes.length > limits.maxDocumentBytes()) {
            throw new GuardDocumentException(name + ": larger than " + limits.maxDocumentBytes() + " bytes", name, 0,
                    0, "Unable to load data file " + name + ": larger than " + limits.maxDocumentBytes() + " bytes",
                    false);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new GuardDocumentException(name + ": not valid UTF-8", name, 0, 0,
                    "I/O error when reading stream did not contain valid UTF-8", false);
        }
        return parseDocument(text, name, format);
    }

    /**
     * Takes a document already parsed by Jackson. Its values have paths but no line numbers.
     *
     * @param tree the document
     * @param name the name reports use for it
     * @return the document
     * @throws GuardDocumentException when the tree nests deeper than {@link Limits#maxDepth()} or holds
     *                                binary or POJO nodes
     */
    public Document document(JsonNode tree, String name) {
        return fromJava(tree, name);
    }

    /**
     * Takes a document held as plain Java objects: {@code Map}s with {@code String} keys (in the iteration
     * order of the map), {@code List}s, {@code String}s, {@code Number}s, {@code Boolean}s and {@code null}s,
     * or Jackson {@code JsonNode}s anywhere inside. Its values have paths but no line numbers. The tree is
     * copied: later changes to it do not affect the document.
     *
     * @param tree the document
     * @param name the name reports use for it
     * @return the document
     * @throws GuardDocumentException when the tree holds other types, a cycle, or nests deeper than
     *                                {@link Limits#maxDepth()}
     */
    public Document document(Object tree, String name) {
        return fromJava(tree, name);
    }

    private Document fromJava(Object tree, String name) {
        Objects.requireNonNull(name, "name");
        try {
            return new Document(name, "", JavaValues.fromJava(tree, limits.maxDepth()));
        } catch (IllegalArgumentException e) {
            throw new GuardDocumentException(name + ": " + e.getMessage(), name, 0, 0, e.getMessage(), false);
        }
    }

    static GuardDocumentException documentError(DocumentException e) {
        Location at = e.location().orElse(null);
        return new GuardDocumentException(e.describe(), e.sourceName(), at == null ? 0 : at.line() + 1,
                at == null ? 0 : at.column() + 1, e.referenceDisplay(), e.referencePanics());
    }

    // ---- the command-line operations ----

    /** @return the {@code cfn-guard} commands, run with this engine's configuration */
    public GuardCommands commands() {
        return new GuardCommands(limits, settings, loader);
    }

    /**
     * Configures a {@link Guard}. Not thread-safe; the engine it builds is.
     */
    public static final class Builder {
        private Limits limits = Limits.defaults();
        private final Map<String, ExtensionFunction> functions = new LinkedHashMap<>();

        private Builder() {}

        /**
         * @param limits the limits to apply
         * @return this builder
         */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Adds a function that rules can call. This extends the language: the reference {@code cfn-guard}
         * reports such calls as errors.
         *
         * @param name     the name rules call it by: letters, digits and underscores, not a built-in's name
         *                 ({@code count}, {@code join}, {@code regex_replace}...)
         * @param arity    how many arguments a call passes
         * @param function the implementation; must be thread-safe
         * @return this builder
         * @throws IllegalArgumentException for a bad or taken name, or a negative arity
         */
        public Builder function(String name, int arity, GuardFunction function) {
            Objects.requireNonNull(function, "function");
            if (!FUNCTION_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not a function name: '" + name + "'");
            }
            if (arity < 0) {
                throw new IllegalArgumentException("a negative arity: " + arity);
            }
            if (EvaluationSettings.isBuiltinFunction(name)) {
                throw new IllegalArgumentException("'" + name + "' is a built-in function");
            }
            if (functions.containsKey(name)) {
                throw new IllegalArgumentException("a function named '" + name + "' is registered already");
            }
            functions.put(name, new JavaFunction(arity, function));
            return this;
        }

        /** @return a new engine */
        public Guard build() {
            return new Guard(limits, functions);
        }
    }

    /** A {@link GuardFunction} seen from the evaluator: values converted on the way in and out. */
    private record JavaFunction(int arity, GuardFunction function) implements ExtensionFunction {
        @Override
        public List<Value> apply(List<List<Value>> arguments) {
            List<List<Object>> javaArguments = new ArrayList<>(arguments.size());
            for (List<Value> argument : arguments) {
                List<Object> values = new ArrayList<>(argument.size());
                argument.forEach(value -> values.add(JavaValues.toJava(value)));
                javaArguments.add(Collections.unmodifiableList(values));
            }
            List<?> produced = function.apply(List.copyOf(javaArguments));
            List<Value> values = new ArrayList<>();
            if (produced != null) {
                for (Object each : produced) {
                    if (each != null) {
                        values.add(JavaValues.fromJava(each, Limits.defaults().maxDepth()));
                    }
                }
            }
            return values;
        }
    }
}
