package dev.cfnguard.internal.document;

import dev.cfnguard.internal.document.LibyamlReader.Mark;
import dev.cfnguard.internal.document.LibyamlScanner.ScanError;
import dev.cfnguard.internal.document.LibyamlScanner.Style;
import dev.cfnguard.internal.document.LibyamlScanner.Token;
import dev.cfnguard.internal.document.LibyamlScanner.Type;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * libyaml 0.2.5's event parser over {@link LibyamlScanner}: the same state machine, so the same events
 * with the same start marks (a node starts at its anchor or tag; an empty value at the end of the
 * {@code :} before it; a root document with no content at the next token) and the same errors, raised
 * lazily as events are pulled. Not thread-safe.
 */
final class LibyamlParser {

    enum EventType {
        STREAM_START, STREAM_END, DOCUMENT_START, DOCUMENT_END, ALIAS, SCALAR, SEQUENCE_START, SEQUENCE_END,
        MAPPING_START, MAPPING_END
    }

    /** An event; {@code tag} fully resolved ({@code !Ref}, {@code tag:yaml.org,2002:int}) or null. */
    record Event(EventType type, Mark start, String anchor, String tag, String value, Style style) {
        static Event of(EventType type, Mark start) {
            return new Event(type, start, null, null, null, null);
        }
    }

    private enum State {
        STREAM_START, IMPLICIT_DOCUMENT_START, DOCUMENT_START, DOCUMENT_CONTENT, DOCUMENT_END, BLOCK_NODE,
        BLOCK_NODE_OR_INDENTLESS_SEQUENCE, FLOW_NODE, BLOCK_SEQUENCE_FIRST_ENTRY, BLOCK_SEQUENCE_ENTRY,
        INDENTLESS_SEQUENCE_ENTRY, BLOCK_MAPPING_FIRST_KEY, BLOCK_MAPPING_KEY, BLOCK_MAPPING_VALUE,
        FLOW_SEQUENCE_FIRST_ENTRY, FLOW_SEQUENCE_ENTRY, FLOW_SEQUENCE_ENTRY_MAPPING_KEY,
        FLOW_SEQUENCE_ENTRY_MAPPING_VALUE, FLOW_SEQUENCE_ENTRY_MAPPING_END, FLOW_MAPPING_FIRST_KEY,
        FLOW_MAPPING_KEY, FLOW_MAPPING_VALUE, FLOW_MAPPING_EMPTY_VALUE, END
    }

    private record TagDirective(String handle, String prefix) {
    }

    private final LibyamlScanner scanner;
    private State state = State.STREAM_START;
    private final Deque<State> states = new ArrayDeque<>();
    private final Deque<Mark> marks = new ArrayDeque<>();
    private final List<TagDirective> tagDirectives = new ArrayList<>();

    LibyamlParser(String text) {
        this.scanner = new LibyamlScanner(text);
    }

    /** The next event, or null once the stream has ended. */
    Event next() throws ScanError {
        if (scanner.streamEndProduced() || state == State.END) {
            return null;
        }
        return switch (state) {
            case STREAM_START -> streamStart();
            case IMPLICIT_DOCUMENT_START -> documentStart(true);
            case DOCUMENT_START -> documentStart(false);
            case DOCUMENT_CONTENT -> documentContent();
            case DOCUMENT_END -> documentEnd();
            case BLOCK_NODE -> node(true, false);
            case BLOCK_NODE_OR_INDENTLESS_SEQUENCE -> node(true, true);
            case FLOW_NODE -> node(false, false);
            case BLOCK_SEQUENCE_FIRST_ENTRY -> blockSequenceEntry(true);
            case BLOCK_SEQUENCE_ENTRY -> blockSequenceEntry(false);
            case INDENTLESS_SEQUENCE_ENTRY -> indentlessSequenceEntry();
            case BLOCK_MAPPING_FIRST_KEY -> blockMappingKey(true);
            case BLOCK_MAPPING_KEY -> blockMappingKey(false);
            case BLOCK_MAPPING_VALUE -> blockMappingValue();
            case FLOW_SEQUENCE_FIRST_ENTRY -> flowSequenceEntry(true);
            case FLOW_SEQUENCE_ENTRY -> flowSequenceEntry(false);
            case FLOW_SEQUENCE_ENTRY_MAPPING_KEY -> flowSequenceEntryMappingKey();
            case FLOW_SEQUENCE_ENTRY_MAPPING_VALUE -> flowSequenceEntryMappingValue();
            case FLOW_SEQUENCE_ENTRY_MAPPING_END -> flowSequenceEntryMappingEnd();
            case FLOW_MAPPING_FIRST_KEY -> flowMappingKey(true);
            case FLOW_MAPPING_KEY -> flowMappingKey(false);
            case FLOW_MAPPING_VALUE -> flowMappingValue(false);
            case FLOW_MAPPING_EMPTY_VALUE -> flowMappingValue(true);
            case END -> null;
        };
    }

    private Token peek() throws ScanError {
        return scanner.peek();
    }

    private void skip() {
        scanner.skipToken();
    }

    private static ScanError error(String problem, Mark mark) {
        return new ScanError(problem, mark);
    }

    private Event streamStart() throws ScanError {
        Token token = peek();
        if (token.type() != Type.STREAM_START) {
            throw error("did not find expected <stream-start>", token.start());
        }
        state = State.IMPLICIT_DOCUMENT_START;
        skip();
        return Event.of(EventType.STREAM_START, token.start());
    }

    private Event documentStart(boolean implicit) throws ScanError {
        Token token = peek();
        if (!implicit) {
            while (token.type() == Type.DOCUMENT_END) {
                skip();
                token = peek();
            }
        }
        if (implicit && token.type() != Type.VERSION_DIRECTIVE && token.type() != Type.TAG_DIRECTIVE
                && token.type() != Type.DOCUMENT_START && token.type() != Type.STREAM_END) {
            processDirectives();
            states.push(State.DOCUMENT_END);
            state = State.BLOCK_NODE;
            return Event.of(EventType.DOCUMENT_START, token.start());
        }
        if (token.type() != Type.STREAM_END) {
            Mark start = token.start();
            processDirectives();
            token = peek();
            if (token.type() != Type.DOCUMENT_START) {
                throw error("did not find expected <document start>", token.start());
            }
            states.push(State.DOCUMENT_END);
            state = State.DOCUMENT_CONTENT;
            skip();
            return Event.of(EventType.DOCUMENT_START, start);
        }
        state = State.END;
        skip();
        return Event.of(EventType.STREAM_END, token.start());
    }

    private Event documentContent() throws ScanError {
        Token token = peek();
        Type type = token.type();
        if (type == Type.VERSION_DIRECTIVE || type == Type.TAG_DIRECTIVE || type == Type.DOCUMENT_START
                || type == Type.DOCUMENT_END || type == Type.STREAM_END) {
            state = states.pop();
            return emptyScalar(token.start());
        }
        return node(true, false);
    }

    private Event documentEnd() throws ScanError {
        Token token = peek();
        Mark start = token.start();
        if (token.type() == Type.DOCUMENT_END) {
            skip();
        }
        tagDirectives.clear();
        state = State.DOCUMENT_START;
        return Event.of(EventType.DOCUMENT_END, start);
    }

    private Event node(boolean block, boolean indentlessSequence) throws ScanError {
        Token token = peek();
        if (token.type() == Type.ALIAS) {
            state = states.pop();
            skip();
            return new Event(EventType.ALIAS, token.start(), token.value(), null, null, null);
        }
        Mark start = token.start();
        String anchor = null;
        String tagHandle = null;
        String tagSuffix = null;
        Mark tagMark = null;
        if (token.type() == Type.ANCHOR) {
            anchor = token.value();
            skip();
            token = peek();
            if (token.type() == Type.TAG) {
                tagHandle = token.value();
                tagSuffix = token.suffix();
                tagMark = token.start();
                skip();
                token = peek();
            }
        } else if (token.type() == Type.TAG) {
            tagHandle = token.value();
            tagSuffix = token.suffix();
            tagMark = token.start();
            skip();
            token = peek();
            if (token.type() == Type.ANCHOR) {
                anchor = token.value();
                skip();
                token = peek();
            }
        }
        String tag = null;
        if (tagHandle != null) {
            if (tagHandle.isEmpty()) {
                tag = tagSuffix;
            } else {
                for (TagDirective directive : tagDirectives) {
                    if (directive.handle().equals(tagHandle)) {
                        tag = directive.prefix() + tagSuffix;
                        break;
                    }
                }
                if (tag == null) {
                    throw error("found undefined tag handle", tagMark);
                }
            }
        }
        if (indentlessSequence && token.type() == Type.BLOCK_ENTRY) {
            state = State.INDENTLESS_SEQUENCE_ENTRY;
            return new Event(EventType.SEQUENCE_START, start, anchor, tag, null, null);
        }
        switch (token.type()) {
            case SCALAR -> {
                state = states.pop();
                skip();
                return new Event(EventType.SCALAR, start, anchor, tag, token.value(), token.style());
            }
            case FLOW_SEQUENCE_START -> {
                state = State.FLOW_SEQUENCE_FIRST_ENTRY;
                return new Event(EventType.SEQUENCE_START, start, anchor, tag, null, null);
            }
            case FLOW_MAPPING_START -> {
                state = State.FLOW_MAPPING_FIRST_KEY;
                return new Event(EventType.MAPPING_START, start, anchor, tag, null, null);
            }
            default -> {
            }
        }
        if (block && token.type() == Type.BLOCK_SEQUENCE_START) {
            state = State.BLOCK_SEQUENCE_FIRST_ENTRY;
            return new Event(EventType.SEQUENCE_START, start, anchor, tag, null, null);
        }
        if (block && token.type() == Type.BLOCK_MAPPING_START) {
            state = State.BLOCK_MAPPING_FIRST_KEY;
            return new Event(EventType.MAPPING_START, start, anchor, tag, null, null);
        }
        if (anchor != null || tag != null) {
            // A node with properties but no content is an empty plain scalar.
            state = states.pop();
            return new Event(EventType.SCALAR, start, anchor, tag, "", Style.PLAIN);
        }
        throw error("did not find expected node content", token.start());
    }

    private Event blockSequenceEntry(boolean first) throws ScanError {
        if (first) {
            marks.push(peek().start());
            skip();
        }
        Token token = peek();
        if (token.type() == Type.BLOCK_ENTRY) {
            Mark mark = token.end();
            skip();
            token = peek();
            if (token.type() != Type.BLOCK_ENTRY && token.type() != Type.BLOCK_END) {
                states.push(State.BLOCK_SEQUENCE_ENTRY);
                return node(true, false);
            }
            state = State.BLOCK_SEQUENCE_ENTRY;
            return emptyScalar(mark);
        }
        if (token.type() == Type.BLOCK_END) {
            state = states.pop();
            marks.pop();
            skip();
            return Event.of(EventType.SEQUENCE_END, token.start());
        }
        throw error("did not find expected '-' indicator", token.start());
    }

    private Event indentlessSequenceEntry() throws ScanError {
        Token token = peek();
        if (token.type() == Type.BLOCK_ENTRY) {
            Mark mark = token.end();
            skip();
            token = peek();
            Type type = token.type();
            if (type != Type.BLOCK_ENTRY && type != Type.KEY && type != Type.VALUE && type != Type.BLOCK_END) {
                states.push(State.INDENTLESS_SEQUENCE_ENTRY);
                return node(true, false);
            }
            state = State.INDENTLESS_SEQUENCE_ENTRY;
            return emptyScalar(mark);
        }
        state = states.pop();
        return Event.of(EventType.SEQUENCE_END, token.start());
    }

    private Event blockMappingKey(boolean first) throws ScanError {
        if (first) {
            marks.push(peek().start());
            skip();
        }
        Token token = peek();
        if (token.type() == Type.KEY) {
            Mark mark = token.end();
            skip();
            token = peek();
            if (token.type() != Type.KEY && token.type() != Type.VALUE && token.type() != Type.BLOCK_END) {
                states.push(State.BLOCK_MAPPING_VALUE);
                return node(true, true);
            }
            state = State.BLOCK_MAPPING_VALUE;
            return emptyScalar(mark);
        }
        if (token.type() == Type.BLOCK_END) {
            state = states.pop();
            marks.pop();
            skip();
            return Event.of(EventType.MAPPING_END, token.start());
        }
        throw error("did not find expected key", token.start());
    }

    private Event blockMappingValue() throws ScanError {
        Token token = peek();
        if (token.type() == Type.VALUE) {
            Mark mark = token.end();
            skip();
            token = peek();
            if (token.type() != Type.KEY && token.type() != Type.VALUE && token.type() != Type.BLOCK_END) {
                states.push(State.BLOCK_MAPPING_KEY);
                return node(true, true);
            }
            state = State.BLOCK_MAPPING_KEY;
            return emptyScalar(mark);
        }
        state = State.BLOCK_MAPPING_KEY;
        return emptyScalar(token.start());
    }

    private Event flowSequenceEntry(boolean first) throws ScanError {
        if (first) {
            marks.push(peek().start());
            skip();
        }
        Token token = peek();
        if (token.type() != Type.FLOW_SEQUENCE_END) {
            if (!first) {
                if (token.type() != Type.FLOW_ENTRY) {
                    throw error("did not find expected ',' or ']'", token.start());
                }
                skip();
                token = peek();
            }
            if (token.type() == Type.KEY) {
                state = State.FLOW_SEQUENCE_ENTRY_MAPPING_KEY;
                skip();
                return Event.of(EventType.MAPPING_START, token.start());
            }
            if (token.type() != Type.FLOW_SEQUENCE_END) {
                states.push(State.FLOW_SEQUENCE_ENTRY);
                return node(false, false);
            }
        }
        state = states.pop();
        marks.pop();
        skip();
        return Event.of(EventType.SEQUENCE_END, token.start());
    }

    private Event flowSequenceEntryMappingKey() throws ScanError {
        Token token = peek();
        if (token.type() != Type.VALUE && token.type() != Type.FLOW_ENTRY && token.type() != Type.FLOW_SEQUENCE_END) {
            states.push(State.FLOW_SEQUENCE_ENTRY_MAPPING_VALUE);
            return node(false, false);
        }
        Mark mark = token.end();
        skip();
        state = State.FLOW_SEQUENCE_ENTRY_MAPPING_VALUE;
        return emptyScalar(mark);
    }

    private Event flowSequenceEntryMappingValue() throws ScanError {
        Token token = peek();
        if (token.type() == Type.VALUE) {
            skip();
            token = peek();
            if (token.type() != Type.FLOW_ENTRY && token.type() != Type.FLOW_SEQUENCE_END) {
                states.push(State.FLOW_SEQUENCE_ENTRY_MAPPING_END);
                return node(false, false);
            }
        }
        state = State.FLOW_SEQUENCE_ENTRY_MAPPING_END;
        return emptyScalar(token.start());
    }

    private Event flowSequenceEntryMappingEnd() throws ScanError {
        Token token = peek();
        state = State.FLOW_SEQUENCE_ENTRY;
        return Event.of(EventType.MAPPING_END, token.start());
    }

    private Event flowMappingKey(boolean first) throws ScanError {
        if (first) {
            marks.push(peek().start());
            skip();
        }
        Token token = peek();
        if (token.type() != Type.FLOW_MAPPING_END) {
            if (!first) {
                if (token.type() != Type.FLOW_ENTRY) {
                    throw error("did not find expected ',' or '}'", token.start());
                }
                skip();
                token = peek();
            }
            if (token.type() == Type.KEY) {
                skip();
                token = peek();
                if (token.type() != Type.VALUE && token.type() != Type.FLOW_ENTRY
                        && token.type() != Type.FLOW_MAPPING_END) {
                    states.push(State.FLOW_MAPPING_VALUE);
                    return node(false, false);
                }
                state = State.FLOW_MAPPING_VALUE;
                return emptyScalar(token.start());
            }
            if (token.type() != Type.FLOW_MAPPING_END) {
                states.push(State.FLOW_MAPPING_EMPTY_VALUE);
                return node(false, false);
            }
        }
        state = states.pop();
        marks.pop();
        skip();
        return Event.of(EventType.MAPPING_END, token.start());
    }

    private Event flowMappingValue(boolean empty) throws ScanError {
        Token token = peek();
        if (empty) {
            state = State.FLOW_MAPPING_KEY;
            return emptyScalar(token.start());
        }
        if (token.type() == Type.VALUE) {
            skip();
            token = peek();
            if (token.type() != Type.FLOW_ENTRY && token.type() != Type.FLOW_MAPPING_END) {
                states.push(State.FLOW_MAPPING_KEY);
                return node(false, false);
            }
        }
        state = State.FLOW_MAPPING_KEY;
        return emptyScalar(token.start());
    }

    private static Event emptyScalar(Mark mark) {
        return new Event(EventType.SCALAR, mark, null, null, "", Style.PLAIN);
    }

    /** Reads %YAML and %TAG directives, then adds the default handles {@code !} and {@code !!}. */
    private void processDirectives() throws ScanError {
        boolean versionSeen = false;
        List<TagDirective> declared = new ArrayList<>();
        Token token = peek();
        while (token.type() == Type.VERSION_DIRECTIVE || token.type() == Type.TAG_DIRECTIVE) {
            if (token.type() == Type.VERSION_DIRECTIVE) {
                if (versionSeen) {
                    throw error("found duplicate %YAML directive", token.start());
                }
                if (token.major() != 1 || (token.minor() != 1 && token.minor() != 2)) {
                    throw error("found incompatible YAML document", token.start());
                }
                versionSeen = true;
            } else {
                TagDirective directive = new TagDirective(token.value(), token.suffix());
                appendTagDirective(directive, false, token.start());
                declared.add(directive);
            }
            skip();
            token = peek();
        }
        appendTagDirective(new TagDirective("!", "!"), true, token.start());
        appendTagDirective(new TagDirective("!!", "tag:yaml.org,2002:"), true, token.start());
    }

    private void appendTagDirective(TagDirective directive, boolean allowDuplicates, Mark mark) throws ScanError {
        for (TagDirective existing : tagDirectives) {
            if (existing.handle().equals(directive.handle())) {
                if (allowDuplicates) {
                    return;
                }
                throw error("found duplicate %TAG directive", mark);
            }
        }
        tagDirectives.add(directive);
    }
}
