package dev.cfnguard.internal.document;

import dev.cfnguard.internal.document.DocumentException.Kind;
import dev.cfnguard.internal.document.YamlEvents.YamlEvent;
import dev.cfnguard.internal.value.Location;
import dev.cfnguard.internal.value.Path;
import dev.cfnguard.internal.value.Value;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a data file (YAML or JSON; JSON is read as YAML, as the reference does) into a path-aware
 * {@link Value} tree, the way the reference's {@code validate} reads {@code --data},
 * {@code --input-parameters} and {@code --payload} data:
 * <ul>
 *   <li>every node carries its JSON-pointer path and the 0-based line and column of its first character
 *       (tag or anchor included); a root sequence alone has the location 0:0; mapping keys carry the
 *       mapping's pointer and their own location;</li>
 *   <li>only the first document of a stream is read;</li>
 *   <li>plain scalars are typed by Rust's rules: integer (i64), else float, else {@code true}/{@code false},
 *       else null ({@code ~}/{@code null} in any case), else string; an empty plain scalar is the empty
 *       string; quoted and block scalars are strings;</li>
 *   <li>short-form intrinsic tags become long-form single-key mappings (see {@link IntrinsicTags}); other
 *       local tags make a scalar a string; {@code !!int}, {@code !!float}, {@code !!bool}, {@code !!null}
 *       convert the text;</li>
 *   <li>a duplicate key keeps its first position and takes the last value, while {@link Value.MapValue#keys()}
 *       lists every occurrence;</li>
 *   <li>aliases are rejected.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class DocumentLoader {

    private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";
    private static final int MESSAGE_PREFIX_BYTES = 100;

    private final LoadLimits limits;

    public DocumentLoader(LoadLimits limits) {
        this.limits = limits;
    }

    /** A loader with {@link LoadLimits#DEFAULT}. */
    public static DocumentLoader withDefaultLimits() {
        return new DocumentLoader(LoadLimits.DEFAULT);
    }

    public LoadLimits limits() {
        return limits;
    }

    /** Reads {@code file} as UTF-8 and loads it, naming it by its path as given. */
    public Value load(java.nio.file.Path file) throws DocumentException {
        return load(file, file.toString());
    }

    /**
     * Reads {@code file} as UTF-8 and loads it.
     *
     * @param sourceName the name the reference prints for this file (validate uses the absolute, canonical path)
     * @throws DocumentException for an unreadable, non-UTF-8, oversized, empty or malformed file
     */
    public Value load(java.nio.file.Path file, String sourceName) throws DocumentException {
        return load(readUtf8(file, sourceName, limits), sourceName);
    }

    /**
     * Loads one data text.
     *
     * @param sourceName the name used in error messages ({@code STDIN}, {@code DATA_STDIN[1]}, a path)
     * @throws DocumentException when the text is blank, does not parse, or breaks a limit
     */
    public Value load(String text, String sourceName) throws DocumentException {
        if (text.length() > limits.maxInputChars()) {
            throw limitExceeded(sourceName, null, "input is longer than " + limits.maxInputChars() + " characters");
        }
        if (UnicodeText.isBlank(text)) {
            throw new DocumentException(Kind.EMPTY, sourceName,
                    "Unable to parse a template from data file: " + sourceName + " is empty", null,
                    "empty input", false);
        }
        return new TreeBuilder(text, sourceName).build();
    }

    /**
     * Reads a whole file as strict UTF-8, refusing files beyond {@code limits} before reading them.
     *
     * @throws DocumentException when the file cannot be read, is too large or is not UTF-8
     */
    public static String readUtf8(java.nio.file.Path file, String sourceName, LoadLimits limits)
            throws DocumentException {
        byte[] bytes;
        try {
            bytes = BoundedRead.file(file, limits.maxInputChars());
        } catch (InputTooLargeException e) {
            throw limitExceeded(sourceName, null, "file is larger than " + limits.maxInputChars() + " bytes");
        } catch (IOException e) {
            throw new DocumentException(Kind.IO, sourceName, "I/O error when reading " + e.getMessage(), null,
                    String.valueOf(e.getMessage()), false);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DocumentException(Kind.NOT_UTF8, sourceName,
                    "I/O error when reading stream did not contain valid UTF-8", null, "not valid UTF-8", false);
        }
    }

    private static DocumentException limitExceeded(String sourceName, Location at, String what) {
        return new DocumentException(Kind.LIMIT, sourceName,
                "Unable to load data file " + sourceName + ": " + what, at, what, false);
    }

    /** Texts up to this long are shared within a load (longer ones rarely repeat). */
    private static final int SHARED_TEXT_LENGTH = 64;
    /** Distinct mapping keys interned per load, at most. */
    private static final int INTERNED_KEYS = 10_000;

    /** One load: folds the event stream into values bottom-up with an explicit stack of open collections. */
    private final class TreeBuilder {
        private final String text;
        private final String sourceName;
        private final Deque<Collection> open = new ArrayDeque<>();
        private long nodes;
        private DocumentException firstBadValue;
        private Value root;
        /** One instance of each short scalar text: keys and values repeat across the resources of a template. */
        private final Map<String, String> shortTexts = new HashMap<>();
        /** One instance of each short mapping key, the first {@link #INTERNED_KEYS} interned: see {@link #key}. */
        private final Map<String, String> keyTexts = new HashMap<>();

        TreeBuilder(String text, String sourceName) {
            this.text = text;
            this.sourceName = sourceName;
        }

        Value build() throws DocumentException {
            YamlEvents events = new YamlEvents(text);
            try {
                while (true) {
                    YamlEvent event = events.next();
                    switch (event.kind()) {
                        case STREAM_START, DOCUMENT_START -> {
                        }
                        case DOCUMENT_END -> {
                            if (firstBadValue != null) {
                                throw firstBadValue;
                            }
                            return root;
                        }
                        case STREAM_END -> throw new DocumentException(Kind.NO_DOCUMENT, sourceName,
                                "Unable to parse a template from data file: " + sourceName + " has no document",
                                null, "no YAML document (comments or directives only)", true);
                        case ALIAS -> throw syntaxError(event.location(), "aliases are not supported");
                        case SCALAR -> attach(scalar(event));
                        case SEQUENCE_START -> openSequence(event);
                        case MAPPING_START -> openCollection(new MappingBuilder(childPath(event.location())));
                        case SEQUENCE_END, MAPPING_END -> attach(open.pop().close());
                    }
                }
            } catch (YamlEvents.SyntaxError e) {
                throw syntaxError(e.location(), e.getMessage());
            }
        }

        private DocumentException syntaxError(Location at, String detail) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            int cut = Math.min(utf8.length, MESSAGE_PREFIX_BYTES);
            // The reference slices the text at byte 100 and crashes when that splits a character.
            boolean splitsCharacter = cut < utf8.length && (utf8[cut] & 0xC0) == 0x80;
            String beginning = new String(utf8, 0, cut, StandardCharsets.UTF_8);
            String message = "Error encountered while parsing data file: " + sourceName
                    + ", data beginning with \n" + beginning + "\n ...";
            return new DocumentException(Kind.SYNTAX, sourceName, message, at, detail, splitsCharacter);
        }

        /** The path of a node starting at {@code at} under the innermost open collection. */
        private Path childPath(Location at) {
            Collection parent = open.peek();
            if (parent == null) {
                return new Path("", at);
            }
            return parent.childPath(at);
        }

        private void openSequence(YamlEvent event) throws DocumentException {
            Path path = childPath(event.location());
            String function = localTagName(event.tag()) == null ? null
                    : IntrinsicTags.forSequence(localTagName(event.tag()));
            if (function != null) {
                openCollection(new SequenceBuilder(path.child(function, path.location()),
                        path, function));
            } else if (open.isEmpty()) {
                // A root sequence keeps the root's empty location; every other node has its own.
                openCollection(new SequenceBuilder(Path.ROOT, null, null));
            } else {
                openCollection(new SequenceBuilder(path, null, null));
            }
        }

        private void openCollection(Collection collection) throws DocumentException {
            Collection parent = open.peek();
            collection.depth = (parent == null ? 0 : parent.depth) + (collection.wrapsFunction() ? 2 : 1);
            if (collection.depth > limits.maxDepth()) {
                throw limitExceeded(sourceName, collection.path().location(),
                        "nesting is deeper than " + limits.maxDepth() + " levels");
            }
            countNode(collection.path().location());
            open.push(collection);
        }

        private void countNode(Location at) throws DocumentException {
            if (++nodes > limits.maxNodes()) {
                throw limitExceeded(sourceName, at, "more than " + limits.maxNodes() + " nodes");
            }
        }

        private void attach(Value value) throws DocumentException {
            Collection parent = open.peek();
            if (parent == null) {
                root = value;
            } else {
                parent.add(value);
            }
        }

        private Value scalar(YamlEvent event) throws DocumentException {
            Path path = childPath(event.location());
            countNode(path.location());
            String text = open.peek() instanceof MappingBuilder mapping && mapping.expectsKey()
                    ? key(event.value()) : shared(event.value());
            String tag = event.tag();
            if (tag != null) {
                String local = localTagName(tag);
                if (local != null) {
                    String function = IntrinsicTags.forScalar(local);
                    if (function == null) {
                        return new Value.StringValue(path, text);
                    }
                    Value.StringValue key = new Value.StringValue(path, function);
                    Value argument = new Value.StringValue(path.child(function, path.location()), text);
                    return new Value.MapValue(path, List.of(key), Map.of(function, argument));
                }
                String bare = stripBangs(tag);
                return bare.startsWith(CORE_TAG_PREFIX) ? coreTagged(path, bare, text) : new Value.StringValue(path, text);
            }
            if (!event.plain()) {
                return new Value.StringValue(path, text);
            }
            Long integer = RustScalars.parseI64(text);
            if (integer != null) {
                return new Value.IntValue(path, integer);
            }
            Double real = RustScalars.parseF64(text);
            if (real != null) {
                return new Value.FloatValue(path, real);
            }
            Boolean bool = RustScalars.parseBool(text);
            if (bool != null) {
                return new Value.BoolValue(path, bool);
            }
            if (RustScalars.isNull(text)) {
                return new Value.NullValue(path);
            }
            return new Value.StringValue(path, text);
        }

        /**
         * A mapping key's text, as the one instance the JVM keeps of it (as JSON parsers intern field names):
         * the rules' keys are interned too, so a look-up mostly finds its key by identity, without reading
         * either text. Interning costs a microsecond or so per distinct key and load, so a document with
         * a great many distinct keys has only its first {@link #INTERNED_KEYS} interned (property names
         * come early; resources' logical ids, each met once, are what makes them many).
         */
        private String key(String text) {
            if (text.length() > SHARED_TEXT_LENGTH) {
                return text;
            }
            String known = keyTexts.get(text);
            if (known == null) {
                known = keyTexts.size() < INTERNED_KEYS ? text.intern() : text;
                keyTexts.put(known, known);
            }
            return known;
        }

        private String shared(String text) {
            if (text.length() > SHARED_TEXT_LENGTH) {
                return text;
            }
            String known = shortTexts.putIfAbsent(text, text);
            return known == null ? text : known;
        }

        /** {@code !!int} and friends. A text that is no such number is an error the reference raises later. */
        private Value coreTagged(Path path, String tag, String text) {
            switch (tag.substring(CORE_TAG_PREFIX.length())) {
                case "bool": {
                    Boolean bool = RustScalars.parseBool(text);
                    return bool == null ? new Value.StringValue(path, text) : new Value.BoolValue(path, bool);
                }
                case "int": {
                    Long integer = RustScalars.parseI64(text);
                    return integer == null ? badValue(path, text) : new Value.IntValue(path, integer);
                }
                case "float": {
                    Double real = RustScalars.parseF64(text);
                    return real == null ? badValue(path, text) : new Value.FloatValue(path, real);
                }
                case "null":
                    return new Value.NullValue(path);
                default:
                    return new Value.StringValue(path, text);
            }
        }

        /**
         * Records the first mistyped scalar; the reference reports it only after the whole document has
         * loaded. Stands in as a null, so that as a mapping key it is refused like the reference's.
         */
        private Value badValue(Path path, String text) {
            if (firstBadValue == null) {
                Location at = path.location();
                firstBadValue = new DocumentException(Kind.BAD_VALUE, sourceName,
                        "Bad Value encountered parsing incoming file Value = " + text + ", Loc = L:" + at.line()
                                + ",C:" + at.column(), at, "value does not match its tag", false);
            }
            return new Value.NullValue(path);
        }

        private DocumentException nonStringKey(Location at) {
            return new DocumentException(Kind.NON_STRING_KEY, sourceName,
                    "non string type detected for key in a map at L:" + at.line() + ",C:" + at.column()
                            + ", cfn-guard only supports keys that are string types", at,
                    "mapping key is not a string", false);
        }

        /** A sequence or mapping whose children are still arriving. */
        private abstract class Collection {
            /** Nesting level of this collection in the finished tree; a function wrapper adds one. */
            int depth;

            abstract Path path();

            /** The path of the next child, starting at {@code at}. */
            abstract Path childPath(Location at);

            abstract void add(Value child) throws DocumentException;

            abstract Value close() throws DocumentException;

            boolean wrapsFunction() {
                return false;
            }
        }

        private final class SequenceBuilder extends Collection {
            private final Path path;
            private final Path wrapperPath;
            private final String function;
            private final List<Value> elements = new ArrayList<>();

            /** With a {@code function}, the sequence becomes the only value of a mapping at {@code wrapperPath}. */
            SequenceBuilder(Path path, Path wrapperPath, String function) {
                this.path = path;
                this.wrapperPath = wrapperPath;
                this.function = function;
            }

            @Override
            Path path() {
                return path;
            }

            @Override
            boolean wrapsFunction() {
                return function != null;
            }

            @Override
            Path childPath(Location at) {
                return path.child(elements.size(), at);
            }

            @Override
            void add(Value child) {
                elements.add(child);
            }

            @Override
            Value close() {
                Value.ListValue list = new Value.ListValue(path, elements);
                if (function == null) {
                    return list;
                }
                Value.StringValue key = new Value.StringValue(wrapperPath, function);
                return new Value.MapValue(wrapperPath, List.of(key), Map.of(function, list));
            }
        }

        private final class MappingBuilder extends Collection {
            private final Path path;
            private final List<Value.StringValue> keys = new ArrayList<>();
            private final Map<String, Value> entries = new LinkedHashMap<>();
            private Value pendingKey;
            private Location firstBadKey;

            MappingBuilder(Path path) {
                this.path = path;
            }

            @Override
            Path path() {
                return path;
            }

            @Override
            Path childPath(Location at) {
                if (pendingKey instanceof Value.StringValue key) {
                    return path.child(key.value(), at);
                }
                // A key, or the value of a key that is already known to be invalid.
                return path.at(at);
            }

            /** Whether the next child is a key. */
            boolean expectsKey() {
                return pendingKey == null;
            }

            @Override
            void add(Value child) {
                if (pendingKey == null) {
                    pendingKey = child;
                    return;
                }
                if (pendingKey instanceof Value.StringValue key) {
                    keys.add(key); // made by childPath at the key's own position: the mapping's pointer
                    entries.put(key.value(), child);
                } else if (firstBadKey == null) {
                    firstBadKey = pendingKey.path().location();
                }
                pendingKey = null;
            }

            @Override
            Value close() throws DocumentException {
                if (firstBadKey != null) {
                    throw nonStringKey(firstBadKey);
                }
                return new Value.MapValue(path, keys, entries);
            }
        }
    }

    /** The name of a local tag ({@code Ref} for {@code !Ref}); null for core and global tags. */
    private static String localTagName(String tag) {
        if (tag == null) {
            return null;
        }
        int bangs = leadingBangs(tag);
        return bangs == 1 ? tag.substring(1) : null;
    }

    private static String stripBangs(String tag) {
        return tag.substring(leadingBangs(tag));
    }

    private static int leadingBangs(String tag) {
        int n = 0;
        while (n < tag.length() && tag.charAt(n) == '!') {
            n++;
        }
        return n;
    }
}
