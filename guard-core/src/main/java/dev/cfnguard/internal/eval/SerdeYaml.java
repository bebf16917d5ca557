package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.value.Path;
import dev.cfnguard.internal.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads YAML the way the reference reads test files and {@code json_parse} arguments (its generic YAML
 * deserializer, as opposed to the position-tracking loader used for data files): plain scalars resolve
 * to null, booleans, integers and floats by that deserializer's rules, duplicate keys are an error, and
 * the tree converts to {@link Value}s without source positions. Stateless and thread-safe.
 */
public final class SerdeYaml {
    private SerdeYaml() {}

    /** A node of the generic YAML tree. */
    public sealed interface Node {}

    /**
     * A scalar: {@code value} is null, a Boolean, Long, Double or String; {@code text} is the scalar as
     * written (used where a string is expected whatever the scalar looks like).
     */
    public record Scalar(Object value, String text) implements Node {}

    public record Sequence(List<Node> elements) implements Node {}

    /** A mapping in document order. */
    public record Mapping(List<Map.Entry<Node, Node>> entries) implements Node {}

    /** A node with a custom tag ({@code !Ref}); {@code tag} as written, with its '!'. */
    public record Tagged(String tag, Node value) implements Node {}

    /** The YAML text is not something the reference's deserializer accepts. */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        public SyntaxException(String message) {
            super(message);
        }
    }

    private static final String CORE_TAG = "tag:yaml.org,2002:";
    private static final Pattern FLOAT = Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Map<String, String> SHORT_FORM_FUNCTIONS = Map.ofEntries(
            Map.entry("Ref", "Ref"), Map.entry("GetAtt", "Fn::GetAtt"), Map.entry("Base64", "Fn::Base64"),
            Map.entry("Sub", "Fn::Sub"), Map.entry("GetAZs", "Fn::GetAZs"),
            Map.entry("ImportValue", "Fn::ImportValue"), Map.entry("Condition", "Condition"),
            Map.entry("RefAll", "Fn::RefAll"), Map.entry("Select", "Fn::Select"), Map.entry("Split", "Fn::Split"),
            Map.entry("Join", "Fn::Join"), Map.entry("FindInMap", "Fn::FindInMap"), Map.entry("And", "Fn::And"),
            Map.entry("Equals", "Fn::Equals"), Map.entry("Contains", "Fn::Contains"),
            Map.entry("EachMemberIn", "Fn::EachMemberIn"), Map.entry("EachMemberEquals", "Fn::EachMemberEquals"),
            Map.entry("ValueOf", "Fn::ValueOf"), Map.entry("If", "Fn::If"), Map.entry("Not", "Fn::Not"),
            Map.entry("Or", "Fn::Or"));
    private static final Set<String> NULLS = Set.of("~", "null", "Null", "NULL");

    /**
     * Parses one YAML document. An empty stream (no document at all) reads as a null scalar.
     *
     * @throws SyntaxException for malformed YAML, several documents, duplicate keys or unsupported numbers
     */
    public static Node parse(String text) throws SyntaxException {
        LoadSettings settings = LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build();
        Iterator<Event> events;
        try {
            List<Event> all = new ArrayList<>();
            new Parse(settings).parseString(text).forEach(all::add);
            events = all.iterator();
        } catch (YamlEngineException e) {
            throw new SyntaxException(e.getMessage());
        }
        Builder builder = new Builder(events);
        return builder.stream();
    }

    private static final class Builder {
        private final Iterator<Event> events;
        private final Map<Anchor, Node> anchors = new HashMap<>();

        Builder(Iterator<Event> events) {
            this.events = events;
        }

        Node stream() throws SyntaxException {
            Node document = null;
            int documents = 0;
            while (events.hasNext()) {
                Event event = events.next();
                switch (event.getEventId()) {
                    case DocumentStart -> {
                        documents++;
                        if (documents > 1) {
                            throw new SyntaxException(
                                    "deserializing from YAML containing more than one document is not supported");
                        }
                        document = node(events.next());
                    }
                    default -> {
                        // stream start/end, document end and comments carry nothing
                    }
                }
            }
            return document == null ? new Scalar(null, "") : document;
        }

        private Node node(Event event) throws SyntaxException {
            Node built;
            switch (event.getEventId()) {
                case Alias -> {
                    Anchor alias = ((AliasEvent) event).getAlias();
                    Node target = anchors.get(alias);
                    if (target == null) {
                        throw new SyntaxException("unknown anchor");
                    }
                    return target;
                }
                case Scalar -> built = scalar((ScalarEvent) event);
                case SequenceStart -> {
                    List<Node> elements = new ArrayList<>();
                    while (true) {
                        Event next = events.next();
                        if (next.getEventId() == Event.ID.SequenceEnd) {
                            break;
                        }
                        elements.add(node(next));
                    }
                    built = tagged(((CollectionStartEvent) event).getTag(), new Sequence(List.copyOf(elements)));
                }
                case MappingStart -> {
                    List<Map.Entry<Node, Node>> entries = new ArrayList<>();
                    List<Object> seenKeys = new ArrayList<>();
                    while (true) {
                        Event next = events.next();
                        if (next.getEventId() == Event.ID.MappingEnd) {
                            break;
                        }
                        Node key = node(next);
                        Node value = node(events.next());
                        Object identity = identity(key);
                        if (seenKeys.contains(identity)) {
                            throw new SyntaxException("duplicate entry in mapping");
                        }
                        seenKeys.add(identity);
                        entries.add(Map.entry(key, value));
                    }
                    built = tagged(((CollectionStartEvent) event).getTag(), new Mapping(List.copyOf(entries)));
                }
                default -> throw new SyntaxException("unexpected event " + event.getEventId());
            }
            Optional<Anchor> anchor = ((NodeEvent) event).getAnchor();
            anchor.ifPresent(a -> anchors.put(a, built));
            return built;
        }

        private static Object identity(Node node) {
            if (node instanceof Scalar scalar) {
                return scalar.value() == null ? Scalar.class : scalar.value();
            }
            return node;
        }

        private static Node tagged(Optional<String> tag, Node node) {
            if (tag.isEmpty() || tag.get().startsWith(CORE_TAG) || tag.get().equals("!")) {
                return node;
            }
            return new Tagged(tag.get(), node);
        }

        private static Node scalar(ScalarEvent event) throws SyntaxException {
            String text = event.getValue();
            Optional<String> tag = event.getTag();
            if (tag.isPresent() && tag.get().startsWith(CORE_TAG)) {
                return coreTagged(tag.get().substring(CORE_TAG.length()), text);
            }
            Node scalar = event.getScalarStyle() == ScalarStyle.PLAIN && (tag.isEmpty() || !tag.get().equals("!"))
                    ? resolvePlain(text)
                    : new Scalar(text, text);
            return tagged(tag, scalar);
        }

        private static Node coreTagged(String kind, String text) throws SyntaxException {
            Scalar resolved = resolvePlain(text);
            switch (kind) {
                case "str":
                    return new Scalar(text, text);
                case "null":
                    if (resolved.value() == null) {
                        return resolved;
                    }
                    break;
                case "bool":
                    if (resolved.value() instanceof Boolean) {
                        return resolved;
                    }
                    break;
                case "int":
                    if (resolved.value() instanceof Long) {
                        return resolved;
                    }
                    break;
                case "float":
                    if (resolved.value() instanceof Double || resolved.value() instanceof Long) {
                        Object value = resolved.value() instanceof Long l ? (Object) l.doubleValue() : resolved.value();
                        return new Scalar(value, text);
                    }
                    break;
                default:
                    return resolved;
            }
            throw new SyntaxException("invalid value for tag " + kind);
        }
    }

    /**
     * Resolves a plain scalar the way the reference's YAML deserializer does.
     *
     * @throws SyntaxException for an integer beyond 64 bits, which that deserializer rejects
     */
    public static Scalar resolvePlain(String text) throws SyntaxException {
        if (text.isEmpty() || NULLS.contains(text)) {
            return new Scalar(null, text);
        }
        switch (text) {
            case "true", "True", "TRUE" -> {
                return new Scalar(Boolean.TRUE, text);
            }
            case "false", "False", "FALSE" -> {
                return new Scalar(Boolean.FALSE, text);
            }
            default -> {
                // fall through to numbers
            }
        }
        BigInteger integer = parseInteger(text);
        if (integer != null) {
            if (integer.bitLength() <= 63) {
                return new Scalar(integer.longValue(), text);
            }
            if (integer.signum() > 0 && integer.bitLength() <= 64) {
                // An unsigned 64-bit value, reinterpreted as signed like the reference does.
                return new Scalar(integer.longValue(), text);
            }
            throw new SyntaxException("integer out of range");
        }
        if (!leadingZeroDigits(text)) {
            Double number = parseFloat(text);
            if (number != null) {
                return new Scalar(number, text);
            }
        }
        return new Scalar(text, text);
    }

    private static BigInteger parseInteger(String text) {
        String unsigned = text;
        if (text.startsWith("+")) {
            unsigned = text.substring(1);
            if (unsigned.startsWith("+") || unsigned.startsWith("-")) {
                return null;
            }
        }
        boolean negative = unsigned.startsWith("-");
        String magnitude = negative ? unsigned.substring(1) : unsigned;
        if (negative && text.startsWith("+")) {
            return null;
        }
        BigInteger value = null;
        if (magnitude.startsWith("0x")) {
            value = digits(magnitude.substring(2), 16);
        } else if (magnitude.startsWith("0o")) {
            value = digits(magnitude.substring(2), 8);
        } else if (magnitude.startsWith("0b")) {
            value = digits(magnitude.substring(2), 2);
        } else if (!leadingZeroDigits(text)) {
            value = digits(magnitude, 10);
        }
        if (value == null) {
            return null;
        }
        return negative ? value.negate() : value;
    }

    private static BigInteger digits(String text, int radix) {
        if (text.isEmpty()) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.digit(text.charAt(i), radix) < 0 || text.charAt(i) > 'z') {
                return null;
            }
        }
        return new BigInteger(text, radix);
    }

    // YAML 1.2 reads digits with a leading zero ("0123") as a string.
    private static boolean leadingZeroDigits(String text) {
        String unsigned = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        return unsigned.length() > 1 && unsigned.charAt(0) == '0'
                && unsigned.substring(1).chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static Double parseFloat(String text) {
        String unsigned = text;
        if (text.startsWith("+")) {
            unsigned = text.substring(1);
            if (unsigned.startsWith("+") || unsigned.startsWith("-")) {
                return null;
            }
        }
        switch (unsigned) {
            case ".inf", ".Inf", ".INF" -> {
                return Double.POSITIVE_INFINITY;
            }
            default -> {
                // continue
            }
        }
        switch (text) {
            case "-.inf", "-.Inf", "-.INF" -> {
                return Double.NEGATIVE_INFINITY;
            }
            case ".nan", ".NaN", ".NAN" -> {
                return Double.NaN;
            }
            default -> {
                // continue
            }
        }
        if (!FLOAT.matcher(unsigned).matches()) {
            return null;
        }
        double value = Double.parseDouble(unsigned);
        return Double.isFinite(value) ? value : null;
    }

    /**
     * Converts a node to a value rooted at {@code path}; every node gets {@code path}'s location, as
     * the reference's conversion has no positions of its own.
     *
     * @throws EvaluationException (INVALID_KEY_TYPE) when a mapping key is not a string
     */
    public static Value toValue(Node node, Path path) {
        if (node instanceof Scalar scalar) {
            Object value = scalar.value();
            if (value == null) {
                return new Value.NullValue(path);
            } else if (value instanceof Boolean b) {
                return new Value.BoolValue(path, b);
            } else if (value instanceof Long l) {
                return new Value.IntValue(path, l);
            } else if (value instanceof Double d) {
                return new Value.FloatValue(path, d);
            }
            return new Value.StringValue(path, (String) value);
        }
        if (node instanceof Sequence sequence) {
            List<Value> elements = new ArrayList<>(sequence.elements().size());
            for (int i = 0; i < sequence.elements().size(); i++) {
                elements.add(toValue(sequence.elements().get(i), path.child(i, path.location())));
            }
            return new Value.ListValue(path, elements);
        }
        if (node instanceof Mapping mapping) {
            List<Value.StringValue> keys = new ArrayList<>();
            Map<String, Value> entries = new LinkedHashMap<>();
            for (Map.Entry<Node, Node> entry : mapping.entries()) {
                if (!(entry.getKey() instanceof Scalar key) || !(key.value() instanceof String name)) {
                    throw new EvaluationException(EvaluationException.Kind.INVALID_KEY_TYPE, "");
                }
                Path child = path.child(name, path.location());
                keys.add(new Value.StringValue(child, name));
                entries.put(name, toValue(entry.getValue(), child));
            }
            return new Value.MapValue(path, keys, entries);
        }
        Tagged tagged = (Tagged) node;
        String tag = tagged.tag();
        if (tag.startsWith("!") && tag.chars().filter(c -> c == '!').count() == 1) {
            String function = SHORT_FORM_FUNCTIONS.get(tag.substring(1));
            if (function != null) {
                Path child = path.child(function, path.location());
                Value inner = toValue(tagged.value(), child);
                return new Value.MapValue(path, List.of(new Value.StringValue(child, function)),
                        Map.of(function, inner));
            }
        }
        return toValue(tagged.value(), path);
    }
}
