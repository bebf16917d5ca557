package dev.cfnguard.internal.document;

import dev.cfnguard.internal.document.YamlEvents.Kind;
import dev.cfnguard.internal.document.YamlEvents.YamlEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a test file the way the reference's first attempt does (serde_yaml 0.9 deserialising a list of
 * test specifications): a single YAML document; aliases expanded (with serde_yaml's repetition limit);
 * at most 128 nested collections; {@code name} any scalar; {@code input} any value with duplicate keys
 * refused; {@code expectations.rules} a map of scalars; unknown fields ignored. Any departure is a
 * {@link NotReadable}, after which the reference tries JSON. Not thread-safe; one instance per read.
 */
final class SerdeYamlTestFile {

    private static final int DEPTH_LIMIT = 128;
    private static final String NULL_TAG = "tag:yaml.org,2002:null";
    private static final String BOOL_TAG = "tag:yaml.org,2002:bool";
    private static final String INT_TAG = "tag:yaml.org,2002:int";
    private static final String FLOAT_TAG = "tag:yaml.org,2002:float";

    /** The text is not a test file to serde_yaml; the reason is not reported by the reference. */
    static final class NotReadable extends Exception {
        NotReadable(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A loaded event; {@code target} is the event index an alias refers to. */
    private record Item(YamlEvent event, int target) {
        Kind kind() {
            return event.kind();
        }
    }

    private final List<Item> items = new ArrayList<>();
    private final LoadLimits limits;
    private final String sourceName;
    private long jumps;
    private long nodes;

    private SerdeYamlTestFile(LoadLimits limits, String sourceName) {
        this.limits = limits;
        this.sourceName = sourceName;
    }

    /**
     * @throws NotReadable        when serde_yaml would reject the text (the reference then tries JSON)
     * @throws DocumentException  when one of our {@link LoadLimits} is exceeded
     */
    static List<TestCase> read(String text, LoadLimits limits, String sourceName)
            throws NotReadable, DocumentException {
        SerdeYamlTestFile file = new SerdeYamlTestFile(limits, sourceName);
        file.loadFirstDocument(text);
        return file.specs(new Cursor(0, DEPTH_LIMIT));
    }

    /** Where reading is: an index into the events and the nesting still allowed. */
    private static final class Cursor {
        int pos;
        int depthLeft;

        Cursor(int pos, int depthLeft) {
            this.pos = pos;
            this.depthLeft = depthLeft;
        }
    }

    private void loadFirstDocument(String text) throws NotReadable {
        YamlEvents events = new YamlEvents(text);
        Map<String, Integer> anchors = new HashMap<>();
        try {
            while (true) {
                YamlEvent event = events.next();
                switch (event.kind()) {
                    case STREAM_START, DOCUMENT_START -> {
                    }
                    case STREAM_END -> {
                        if (items.isEmpty()) {
                            items.add(new Item(event, -1)); // an empty stream reads as an empty value
                        }
                        return;
                    }
                    case DOCUMENT_END -> {
                        if (events.next().kind() != Kind.STREAM_END) {
                            throw new NotReadable("more than one document");
                        }
                        return;
                    }
                    case ALIAS -> {
                        Integer target = anchors.get(event.anchor());
                        if (target == null) {
                            throw new NotReadable("unknown anchor " + event.anchor());
                        }
                        items.add(new Item(event, target));
                    }
                    default -> {
                        if (event.anchor() != null) {
                            anchors.put(event.anchor(), items.size());
                        }
                        items.add(new Item(event, -1));
                    }
                }
            }
        } catch (YamlEvents.SyntaxError e) {
            throw new NotReadable(e.getMessage());
        }
    }

    private Item next(Cursor at) throws NotReadable {
        if (at.pos >= items.size()) {
            throw new NotReadable("end of stream");
        }
        return items.get(at.pos++);
    }

    private Item peek(Cursor at) throws NotReadable {
        if (at.pos >= items.size()) {
            throw new NotReadable("end of stream");
        }
        return items.get(at.pos);
    }

    private Cursor jump(Item alias, Cursor from) throws NotReadable {
        if (++jumps > (long) items.size() * 100) {
            throw new NotReadable("repetition limit exceeded");
        }
        return new Cursor(alias.target(), from.depthLeft);
    }

    private void enter(Cursor at) throws NotReadable {
        if (at.depthLeft == 0) {
            throw new NotReadable("recursion limit exceeded");
        }
        at.depthLeft--;
    }

    private static boolean isEmptyPlain(Item item) {
        return item.kind() == Kind.SCALAR && item.event().plain() && item.event().value().isEmpty();
    }

    private static boolean isVoid(Item item) {
        return item.kind() == Kind.STREAM_END;
    }

    // --- the test-file shape -------------------------------------------------------------------

    private List<TestCase> specs(Cursor at) throws NotReadable, DocumentException {
        Item first = next(at);
        if (first.kind() == Kind.ALIAS) {
            return specs(jump(first, at));
        }
        List<TestCase> specs = new ArrayList<>();
        if (isVoid(first) || isEmptyPlain(first)) {
            return specs;
        }
        if (first.kind() != Kind.SEQUENCE_START) {
            throw new NotReadable("not a sequence");
        }
        enter(at);
        while (peek(at).kind() != Kind.SEQUENCE_END) {
            specs.add(spec(at));
        }
        next(at);
        at.depthLeft++;
        return specs;
    }

    private TestCase spec(Cursor at) throws NotReadable, DocumentException {
        Item first = next(at);
        if (first.kind() == Kind.ALIAS) {
            return spec(jump(first, at));
        }
        String name = null;
        boolean named = false;
        SerdeValue input = null;
        Map<String, String> rules = null;
        if (first.kind() == Kind.MAPPING_START) {
            enter(at);
            while (peek(at).kind() != Kind.MAPPING_END) {
                String field = string(at);
                switch (field) {
                    case "name" -> {
                        if (named) {
                            throw new NotReadable("duplicate field name");
                        }
                        named = true;
                        name = optionalString(at);
                    }
                    case "input" -> {
                        if (input != null) {
                            throw new NotReadable("duplicate field input");
                        }
                        input = any(at, false);
                    }
                    case "expectations" -> {
                        if (rules != null) {
                            throw new NotReadable("duplicate field expectations");
                        }
                        rules = expectations(at);
                    }
                    default -> skip(at);
                }
            }
            next(at);
            at.depthLeft++;
        } else if (!isVoid(first) && !isEmptyPlain(first)) {
            throw new NotReadable("a test case is not a mapping");
        }
        if (input == null || rules == null) {
            throw new NotReadable("missing field");
        }
        return new TestCase(name, input, rules);
    }

    private Map<String, String> expectations(Cursor at) throws NotReadable {
        Item first = next(at);
        if (first.kind() == Kind.ALIAS) {
            return expectations(jump(first, at));
        }
        Map<String, String> rules = null;
        if (first.kind() == Kind.MAPPING_START) {
            enter(at);
            while (peek(at).kind() != Kind.MAPPING_END) {
                if (string(at).equals("rules")) {
                    if (rules != null) {
                        throw new NotReadable("duplicate field rules");
                    }
                    rules = stringMap(at);
                } else {
                    skip(at);
                }
            }
            next(at);
            at.depthLeft++;
        } else if (!isVoid(first) && !isEmptyPlain(first)) {
            throw new NotReadable("expectations is not a mapping");
        }
        if (rules == null) {
            throw new NotReadable("missing field rules");
        }
        return rules;
    }

    private Map<String, String> stringMap(Cursor at) throws NotReadable {
        Item first = next(at);
        if (first.kind() == Kind.ALIAS) {
            return stringMap(jump(first, at));
        }
        Map<String, String> map = new LinkedHashMap<>();
        if (isVoid(first) || isEmptyPlain(first)) {
            return map;
        }
        if (first.kind() != Kind.MAPPING_START) {
            throw new NotReadable("rules is not a mapping");
        }
        enter(at);
        while (peek(at).kind() != Kind.MAPPING_END) {
            String key = string(at);
            map.put(key, string(at));
        }
        next(at);
        at.depthLeft++;
        return map;
    }

    /** Any scalar's text, tags ignored. */
    private String string(Cursor at) throws NotReadable {
        Item item = next(at);
        if (item.kind() == Kind.ALIAS) {
            return string(jump(item, at));
        }
        if (item.kind() != Kind.SCALAR) {
            throw new NotReadable("not a string");
        }
        return item.event().value();
    }

    private String optionalString(Cursor at) throws NotReadable {
        Item item = peek(at);
        if (item.kind() == Kind.ALIAS) {
            at.pos++;
            return optionalString(jump(item, at));
        }
        boolean present;
        if (item.kind() == Kind.SCALAR) {
            YamlEvent scalar = item.event();
            if (!scalar.plain()) {
                present = true;
            } else if (scalar.tag() != null) {
                if (scalar.tag().equals(NULL_TAG)) {
                    if (!SerdeYamlScalars.isNullWord(scalar.value())) {
                        throw new NotReadable("invalid null");
                    }
                    present = false;
                } else {
                    present = true;
                }
            } else {
                present = !scalar.value().isEmpty() && !SerdeYamlScalars.isNullWord(scalar.value());
            }
        } else {
            present = !isVoid(item);
        }
        if (!present) {
            at.pos++;
            return null;
        }
        return string(at);
    }

    /** Skips one value without following aliases (serde's IgnoredAny). */
    private void skip(Cursor at) throws NotReadable {
        int open = 0;
        do {
            Item item = next(at);
            switch (item.kind()) {
                case SEQUENCE_START, MAPPING_START -> open++;
                case SEQUENCE_END, MAPPING_END -> open--;
                default -> {
                }
            }
        } while (open > 0);
    }

    // --- any value (the input) --------------------------------------------------------------------

    private SerdeValue any(Cursor at, boolean tagged) throws NotReadable, DocumentException {
        if (++nodes > limits.maxNodes()) {
            throw new DocumentException(DocumentException.Kind.LIMIT, sourceName,
                    "Unable to load test file " + sourceName + ": more than " + limits.maxNodes() + " nodes",
                    null, "more than " + limits.maxNodes() + " nodes", false);
        }
        Item item = next(at);
        YamlEvent event = item.event();
        switch (item.kind()) {
            case ALIAS:
                return any(jump(item, at), false);
            case SCALAR:
            case SEQUENCE_START:
            case MAPPING_START:
                if (!tagged && event.tag() != null && event.tag().startsWith("!")) {
                    at.pos--;
                    return new SerdeValue.Tagged(event.tag().substring(1), any(at, true));
                }
                if (item.kind() == Kind.SCALAR) {
                    return scalar(event, tagged);
                }
                return item.kind() == Kind.SEQUENCE_START ? sequence(at) : mapping(at);
            default:
                throw new NotReadable("end of stream");
        }
    }

    private SerdeValue scalar(YamlEvent event, boolean tagged) throws NotReadable {
        String text = event.value();
        String tag = tagged ? null : event.tag();
        try {
            if (tag != null) {
                switch (tag) {
                    case BOOL_TAG -> {
                        Boolean bool = SerdeYamlScalars.parseBool(text);
                        if (bool == null) {
                            throw new NotReadable("not a bool");
                        }
                        return new SerdeValue.Bool(bool);
                    }
                    case INT_TAG -> {
                        SerdeValue integer = SerdeYamlScalars.parseInteger(text);
                        if (integer == null) {
                            throw new NotReadable("not an integer");
                        }
                        return integer;
                    }
                    case FLOAT_TAG -> {
                        Double real = SerdeYamlScalars.parseFloat(text);
                        if (real == null) {
                            throw new NotReadable("not a float");
                        }
                        return new SerdeValue.Float(real);
                    }
                    case NULL_TAG -> {
                        if (!SerdeYamlScalars.isNullWord(text)) {
                            throw new NotReadable("not null");
                        }
                        return new SerdeValue.Null();
                    }
                    default -> {
                        return new SerdeValue.Str(text);
                    }
                }
            }
            return event.plain() ? SerdeYamlScalars.resolvePlain(text) : new SerdeValue.Str(text);
        } catch (SerdeYamlScalars.UnsupportedInteger e) {
            throw new NotReadable("integer beyond 64 bits");
        }
    }

    private SerdeValue sequence(Cursor at) throws NotReadable, DocumentException {
        enter(at);
        List<SerdeValue> elements = new ArrayList<>();
        while (peek(at).kind() != Kind.SEQUENCE_END) {
            elements.add(any(at, false));
        }
        next(at);
        at.depthLeft++;
        return new SerdeValue.Seq(elements);
    }

    private SerdeValue mapping(Cursor at) throws NotReadable, DocumentException {
        enter(at);
        List<SerdeValue.Entry> entries = new ArrayList<>();
        Set<SerdeValue> seen = new HashSet<>();
        while (peek(at).kind() != Kind.MAPPING_END) {
            SerdeValue key = any(at, false);
            if (!seen.add(key)) {
                throw new NotReadable("duplicate entry");
            }
            entries.add(new SerdeValue.Entry(key, any(at, false)));
        }
        next(at);
        at.depthLeft++;
        return new SerdeValue.Mapping(entries);
    }
}
