package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.value.FloatFormat;
import dev.cfnguard.internal.ast.FunctionExpr;
import dev.cfnguard.internal.ast.LetValue;
import dev.cfnguard.internal.regex.RegexBudgetExceededException;
import dev.cfnguard.internal.regex.RegexCache;
import dev.cfnguard.internal.regex.RegexSyntaxException;
import dev.cfnguard.internal.regex.RustRegex;
import dev.cfnguard.internal.value.Path;
import dev.cfnguard.internal.value.Value;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The built-in functions of Guard 3.1.1: {@code count}, {@code json_parse}, {@code regex_replace},
 * {@code join}, {@code to_lower}, {@code to_upper}, {@code substring}, {@code url_decode},
 * {@code parse_int}, {@code parse_float}, {@code parse_string}, {@code parse_boolean} and
 * {@code parse_char}. ({@code now} and {@code parse_epoch} arrived after 3.1.1 and do not exist here.)
 * Most functions map over the values of their first argument and drop those they cannot convert.
 * Thread-safe.
 */
final class Builtins {

    private static final Map<String, Integer> ARITY = Map.ofEntries(
            Map.entry("join", 2), Map.entry("substring", 3), Map.entry("regex_replace", 3),
            Map.entry("count", 1), Map.entry("json_parse", 1), Map.entry("to_upper", 1), Map.entry("to_lower", 1),
            Map.entry("url_decode", 1), Map.entry("parse_string", 1), Map.entry("parse_boolean", 1),
            Map.entry("parse_float", 1), Map.entry("parse_int", 1), Map.entry("parse_char", 1));

    private static final Pattern RUST_FLOAT = Pattern.compile(
            "[+-]?(?:(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?|(?i:inf|infinity|nan))");

    private final RegexCache regexes;
    private final Map<String, ExtensionFunction> extensions;

    Builtins(RegexCache regexes, Map<String, ExtensionFunction> extensions) {
        this.regexes = regexes;
        this.extensions = extensions;
    }

    static boolean isBuiltin(String name) {
        return ARITY.containsKey(name);
    }

    private static EvaluationException parseError(String message) {
        return new EvaluationException(EvaluationException.Kind.PARSE_ERROR, message);
    }

    private static EvaluationException panic() {
        return new EvaluationException(EvaluationException.Kind.PANIC, "index out of bounds");
    }

    /** Evaluates a call; every produced value is {@link QueryResult.Resolved}. */
    List<QueryResult> call(FunctionExpr function, EvalContext context) {
        String name = function.name();
        ExtensionFunction extension = extensions.get(name);
        Integer arity = extension != null ? Integer.valueOf(extension.arity()) : ARITY.get(name);
        if (arity == null) {
            throw parseError("no such function named " + name + " exists");
        }
        if (arity != function.arguments().size()) {
            throw parseError(name + " function requires " + arity + " arguments be passed, but received "
                    + function.arguments().size());
        }
        List<List<QueryResult>> args = new ArrayList<>();
        for (LetValue argument : function.arguments()) {
            if (argument instanceof LetValue.Literal literal) {
                args.add(List.of(new QueryResult.Literal(literal.value())));
            } else if (argument instanceof LetValue.Query query) {
                args.add(context.query(query.query().parts()));
            } else {
                args.add(call(((LetValue.Call) argument).function(), context));
            }
        }
        List<Value> produced = extension != null ? applyExtension(name, extension, args) : apply(name, args);
        List<QueryResult> results = new ArrayList<>(produced.size());
        for (Value value : produced) {
            if (value != null) {
                results.add(new QueryResult.Resolved(value));
            }
        }
        return results;
    }

    private List<Value> apply(String name, List<List<QueryResult>> args) {
        return switch (name) {
            case "count" -> List.of(count(args.get(0)));
            case "json_parse" -> eachString(args.get(0), Builtins::jsonParse);
            case "regex_replace" -> {
                String pattern = stringArgument(args.get(1),
                        "regex_replace function requires the second argument to be a string");
                String replacement = stringArgument(args.get(2),
                        "regex_replace function requires the third argument to be a string");
                yield regexReplace(args.get(0), pattern, replacement);
            }
            case "substring" -> {
                int from = numberArgument(args.get(1), "substring function requires the second argument to be a number");
                int to = numberArgument(args.get(2), "substring function requires the third argument to be a number");
                yield eachString(args.get(0), (path, text) -> substring(path, text, from, to));
            }
            case "to_upper" -> eachString(args.get(0),
                    (path, text) -> new Value.StringValue(path, text.toUpperCase(Locale.ROOT)));
            case "to_lower" -> eachString(args.get(0),
                    (path, text) -> new Value.StringValue(path, text.toLowerCase(Locale.ROOT)));
            case "join" -> List.of(join(args.get(0), delimiter(args.get(1))));
            case "url_decode" -> eachString(args.get(0), Builtins::urlDecode);
            case "parse_int" -> each(args.get(0), Builtins::parseInt);
            case "parse_float" -> each(args.get(0), Builtins::parseFloat);
            case "parse_string" -> each(args.get(0), Builtins::parseString);
            case "parse_boolean" -> each(args.get(0), Builtins::parseBoolean);
            case "parse_char" -> each(args.get(0), Builtins::parseChar);
            default -> throw parseError("No function named " + name);
        };
    }

    private static List<Value> applyExtension(String name, ExtensionFunction extension,
                                              List<List<QueryResult>> args) {
        List<List<Value>> values = new ArrayList<>(args.size());
        for (List<QueryResult> arg : args) {
            List<Value> resolved = new ArrayList<>(arg.size());
            for (QueryResult result : arg) {
                if (result instanceof QueryResult.Resolved r) {
                    resolved.add(r.value());
                } else if (result instanceof QueryResult.Literal l) {
                    resolved.add(l.value());
                }
            }
            values.add(List.copyOf(resolved));
        }
        try {
            return extension.apply(List.copyOf(values));
        } catch (RuntimeException e) {
            throw parseError("function " + name + " failed: " + e.getMessage());
        }
    }

    @FunctionalInterface
    private interface StringFunction {
        Value apply(Path path, String text);
    }

    /** Applies {@code function} to each string value; other values and unresolved ones produce nothing. */
    private static List<Value> eachString(List<QueryResult> args, StringFunction function) {
        List<Value> out = new ArrayList<>(args.size());
        for (QueryResult arg : args) {
            Value value = arg.resolvedValue();
            out.add(value instanceof Value.StringValue s ? function.apply(s.path(), s.value()) : null);
        }
        return out;
    }

    private static List<Value> each(List<QueryResult> args, Function<Value, Value> function) {
        List<Value> out = new ArrayList<>(args.size());
        for (QueryResult arg : args) {
            Value value = arg.resolvedValue();
            out.add(value == null ? null : function.apply(value));
        }
        return out;
    }

    private static Path firstPath(List<QueryResult> args) {
        if (args.isEmpty()) {
            return Path.ROOT;
        }
        QueryResult first = args.get(0);
        Value value = first.resolvedValue();
        return value != null ? value.path() : ((QueryResult.UnResolved) first).traversedTo().path();
    }

    private static Value count(List<QueryResult> args) {
        long count = args.stream().filter(a -> !(a instanceof QueryResult.UnResolved)).count();
        return new Value.IntValue(firstPath(args), count);
    }

    private static Value jsonParse(Path path, String text) {
        SerdeYaml.Node node;
        try {
            node = SerdeYaml.parse(text);
        } catch (SerdeYaml.SyntaxException e) {
            throw new EvaluationException(EvaluationException.Kind.YAML_ERROR, e.getMessage());
        }
        return SerdeYaml.toValue(node, path);
    }

    private static String stringArgument(List<QueryResult> arg, String message) {
        if (arg.isEmpty()) {
            throw panic();
        }
        if (arg.get(0).resolvedValue() instanceof Value.StringValue s) {
            return s.value();
        }
        throw parseError(message);
    }

    /** A number argument, truncated to 16 bits as the reference does. */
    private static int numberArgument(List<QueryResult> arg, String message) {
        if (arg.isEmpty()) {
            throw panic();
        }
        Value value = arg.get(0).resolvedValue();
        if (value instanceof Value.IntValue i) {
            return (int) (i.value() & 0xFFFF);
        }
        if (value instanceof Value.FloatValue f) {
            double d = f.value();
            if (Double.isNaN(d) || d <= 0) {
                return 0;
            }
            return d >= 65535 ? 65535 : (int) d;
        }
        throw parseError(message);
    }

    private List<Value> regexReplace(List<QueryResult> args, String pattern, String replacement) {
        List<Value> out = new ArrayList<>(args.size());
        for (QueryResult arg : args) {
            if (arg.resolvedValue() instanceof Value.StringValue s) {
                RustRegex regex;
                try {
                    regex = regexes.get(pattern);
                } catch (RegexSyntaxException e) {
                    throw new EvaluationException(EvaluationException.Kind.REGEX_ERROR, e.getMessage());
                }
                try {
                    out.add(new Value.StringValue(s.path(), regex.expandEachMatch(s.value(), replacement)));
                } catch (RegexBudgetExceededException e) {
                    throw Comparisons.regexGaveUp(e);
                }
            } else {
                out.add(null);
            }
        }
        return out;
    }

    /** Byte offsets into the UTF-8 text, as the reference slices strings. */
    private static Value substring(Path path, String text, int from, int to) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (text.isEmpty() || from >= to || from > bytes.length || to > bytes.length) {
            return null;
        }
        if (!isCharBoundary(bytes, from) || !isCharBoundary(bytes, to)) {
            throw new EvaluationException(EvaluationException.Kind.PANIC, "byte index is not a char boundary");
        }
        return new Value.StringValue(path, new String(bytes, from, to - from, StandardCharsets.UTF_8));
    }

    private static boolean isCharBoundary(byte[] bytes, int index) {
        return index == bytes.length || (bytes[index] & 0xC0) != 0x80;
    }

    private static String delimiter(List<QueryResult> arg) {
        if (arg.isEmpty()) {
            throw panic();
        }
        Value value = arg.get(0).resolvedValue();
        if (value instanceof Value.StringValue s) {
            return s.value();
        }
        if (value instanceof Value.CharValue c) {
            return String.valueOf(c.value());
        }
        throw parseError("join function requires the second argument to be either a char or string");
    }

    private static Value join(List<QueryResult> args, String delimiter) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            QueryResult arg = args.get(i);
            if (arg instanceof QueryResult.UnResolved u) {
                throw new EvaluationException(EvaluationException.Kind.INCOMPATIBLE,
                        "Joining unresolved values is not allowed " + ValueText.withPath(u.traversedTo())
                                + ", unsatisfied part " + u.remainingQuery());
            }
            Value value = arg.resolvedValue();
            if (!(value instanceof Value.StringValue s)) {
                throw new EvaluationException(EvaluationException.Kind.INCOMPATIBLE,
                        "Joining non string values " + ValueText.withPath(value));
            }
            joined.append(s.value());
            if (i < args.size() - 1) {
                joined.append(delimiter);
            }
        }
        return new Value.StringValue(firstPath(args), joined.toString());
    }

    /** Percent-decoding ('+' stays a plus); text that does not decode to UTF-8 produces nothing. */
    private static Value urlDecode(Path path, String text) {
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream decoded = new ByteArrayOutputStream(input.length);
        for (int i = 0; i < input.length; i++) {
            byte b = input[i];
            if (b == '%' && i + 2 < input.length && hex(input[i + 1]) >= 0 && hex(input[i + 2]) >= 0) {
                decoded.write(hex(input[i + 1]) * 16 + hex(input[i + 2]));
                i += 2;
            } else {
                decoded.write(b);
            }
        }
        try {
            String result = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(decoded.toByteArray())).toString();
            return new Value.StringValue(path, result);
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int hex(byte b) {
        return b >= 0 ? Character.digit((char) b, 16) : -1;
    }

    private static Value parseInt(Value value) {
        if (value instanceof Value.StringValue s) {
            if (s.value().matches("[+-]?[0-9]+")) {
                try {
                    String digits = s.value().startsWith("+") ? s.value().substring(1) : s.value();
                    return new Value.IntValue(s.path(), Long.parseLong(digits));
                } catch (NumberFormatException e) {
                    // out of range: reported below
                }
            }
            throw parseError("failed to convert a string: " + s.value() + " into an integer at "
                    + ValueText.path(s.path()));
        }
        if (value instanceof Value.IntValue i) {
            return new Value.IntValue(i.path(), i.value());
        }
        if (value instanceof Value.CharValue c) {
            if (c.value() >= '0' && c.value() <= '9') {
                return new Value.IntValue(c.path(), c.value() - '0');
            }
            throw parseError("failed to convert a character: " + c.value() + " into an integer at "
                    + ValueText.path(c.path()));
        }
        if (value instanceof Value.FloatValue f) {
            // Saturating conversion, NaN to zero, as the reference's cast does.
            return new Value.IntValue(f.path(), Double.isNaN(f.value()) ? 0 : (long) f.value());
        }
        return null;
    }

    private static Value parseFloat(Value value) {
        if (value instanceof Value.StringValue s) {
            if (RUST_FLOAT.matcher(s.value()).matches()) {
                return new Value.FloatValue(s.path(), parseRustFloat(s.value()));
            }
            throw parseError("failed to convert a string: " + s.value() + " into a float at " + ValueText.path(s.path()));
        }
        if (value instanceof Value.IntValue i) {
            return new Value.FloatValue(i.path(), (double) i.value());
        }
        if (value instanceof Value.FloatValue f) {
            return new Value.FloatValue(f.path(), f.value());
        }
        if (value instanceof Value.CharValue c) {
            if (c.value() >= '0' && c.value() <= '9') {
                return new Value.FloatValue(c.path(), c.value() - '0');
            }
            throw parseError("failed to convert a character: " + c.value() + " into a float at "
                    + ValueText.path(c.path()));
        }
        return null;
    }

    private static double parseRustFloat(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean negative = lower.startsWith("-");
        String unsigned = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        return Double.parseDouble(text);
    }

    private static Value parseString(Value value) {
        if (value instanceof Value.IntValue i) {
            return new Value.StringValue(i.path(), Long.toString(i.value()));
        }
        if (value instanceof Value.FloatValue f) {
            return new Value.StringValue(f.path(), FloatFormat.display(f.value()));
        }
        if (value instanceof Value.BoolValue b) {
            return new Value.StringValue(b.path(), Boolean.toString(b.value()));
        }
        if (value instanceof Value.StringValue s) {
            return new Value.StringValue(s.path(), s.value());
        }
        if (value instanceof Value.CharValue c) {
            return new Value.StringValue(c.path(), String.valueOf(c.value()));
        }
        return null;
    }

    private static Value parseBoolean(Value value) {
        if (value instanceof Value.BoolValue b) {
            return new Value.BoolValue(b.path(), b.value());
        }
        if (value instanceof Value.StringValue s) {
            return switch (s.value().toLowerCase(Locale.ROOT)) {
                case "true" -> new Value.BoolValue(s.path(), true);
                case "false" -> new Value.BoolValue(s.path(), false);
                default -> throw parseError("failed to convert a string: " + s.value() + " into a boolean at "
                        + ValueText.path(s.path()));
            };
        }
        return null;
    }

    private static Value parseChar(Value value) {
        if (value instanceof Value.IntValue i) {
            if (i.value() < 0 || i.value() > 9) {
                throw parseError("failed to convert an int: " + i.value() + " into a char at " + ValueText.path(i.path()));
            }
            return new Value.CharValue(i.path(), (char) ('0' + i.value()));
        }
        if (value instanceof Value.StringValue s) {
            if (s.value().getBytes(StandardCharsets.UTF_8).length > 1) {
                throw parseError("failed to convert an string: " + s.value() + " into a char at "
                        + ValueText.path(s.path()));
            }
            return s.value().isEmpty() ? null : new Value.CharValue(s.path(), s.value().charAt(0));
        }
        if (value instanceof Value.CharValue c) {
            return new Value.StringValue(c.path(), String.valueOf(c.value()));
        }
        return null;
    }
}
