package dev.cfnguard.internal.document;

import dev.cfnguard.internal.value.Location;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.util.Optional;

/**
 * A pull reader of YAML events with the positions libyaml (the reference's parser) gives them: 0-based
 * line and column of the node's first character, its tag or anchor included. Wraps snakeyaml-engine's
 * event parser, which is iterative, so nesting depth costs heap rather than stack. Not thread-safe.
 */
final class YamlEvents {

    enum Kind {
        STREAM_START, STREAM_END, DOCUMENT_START, DOCUMENT_END, SCALAR, SEQUENCE_START, SEQUENCE_END,
        MAPPING_START, MAPPING_END, ALIAS
    }

    /**
     * One event. {@code tag} is the resolved tag ({@code !Ref}, {@code tag:yaml.org,2002:int}) or null;
     * {@code anchor} the anchor defined on the node (or the alias's target name); {@code value} and
     * {@code plain} only for scalars.
     */
    record YamlEvent(Kind kind, Location location, String tag, String anchor, String value, boolean plain) {
    }

    /** The text is not YAML. */
    static final class SyntaxError extends Exception {
        private final transient Location location;

        SyntaxError(String message, Location location) {
            super(message);
            this.location = location;
        }

        Location location() {
            return location;
        }
    }

    private final ParserImpl parser;
    private final String text;
    /** Maps snakeyaml's code-point indexes to char indexes; both only move forward. */
    private int codePointIndex;
    private int charIndex;

    YamlEvents(String text) {
        this.text = text;
        LoadSettings settings = LoadSettings.builder()
                .setCodePointLimit(Integer.MAX_VALUE)
                .setParseComments(false)
                .setLabel("data")
                .build();
        this.parser = new ParserImpl(settings, new StreamReader(settings, asLibyamlSeesIt(text)));
    }

    /**
     * Rewrites the two characters on which libyaml (YAML 1.1) and snakeyaml-engine (YAML 1.2) disagree,
     * keeping every position: NEL is a line break to libyaml (read as a line feed), and a byte order mark
     * at the start of a line is skipped by libyaml like a space, counting a column.
     */
    static String asLibyamlSeesIt(String text) {
        if (text.indexOf('\u0085') < 0 && text.indexOf('\uFEFF') < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\u0085') {
                chars[i] = '\n';
            } else if (chars[i] == '\uFEFF' && (i == 0 || chars[i - 1] == '\n' || chars[i - 1] == '\r')) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** The next event; after {@link Kind#STREAM_END} there are none. */
    YamlEvent next() throws SyntaxError {
        Event event;
        try {
            do {
                event = parser.next();
            } while (event.getEventId() == Event.ID.Comment);
        } catch (MarkedYamlEngineException e) {
            throw new SyntaxError(oneLine(e.getProblem()), e.getProblemMark().map(YamlEvents::toLocation)
                    .orElse(null));
        } catch (YamlEngineException e) {
            throw new SyntaxError(oneLine(e.getMessage()), null);
        } catch (java.util.NoSuchElementException e) {
            throw new SyntaxError("no more events", null);
        }
        Location at = event.getStartMark().map(YamlEvents::toLocation).orElse(Location.NONE);
        switch (event.getEventId()) {
            case StreamStart:
                return plainEvent(Kind.STREAM_START, at);
            case StreamEnd:
                return plainEvent(Kind.STREAM_END, at);
            case DocumentStart:
                return plainEvent(Kind.DOCUMENT_START, at);
            case DocumentEnd:
                return plainEvent(Kind.DOCUMENT_END, at);
            case SequenceEnd:
                return plainEvent(Kind.SEQUENCE_END, at);
            case MappingEnd:
                return plainEvent(Kind.MAPPING_END, at);
            case Alias:
                return new YamlEvent(Kind.ALIAS, at, null, ((AliasEvent) event).getAlias().getValue(), null, false);
            case Scalar: {
                ScalarEvent scalar = (ScalarEvent) event;
                if (scalar.isDQuoted()) {
                    rejectSurrogateEscapes(scalar);
                }
                return new YamlEvent(Kind.SCALAR, at, scalar.getTag().orElse(null), anchor(scalar),
                        scalar.getValue(), scalar.isPlain());
            }
            case SequenceStart:
            case MappingStart: {
                CollectionStartEvent start = (CollectionStartEvent) event;
                Kind kind = event.getEventId() == Event.ID.SequenceStart ? Kind.SEQUENCE_START : Kind.MAPPING_START;
                return new YamlEvent(kind, at, start.getTag().orElse(null), anchor(start), null, false);
            }
            default:
                throw new IllegalStateException("unexpected YAML event " + event.getEventId());
        }
    }

    /**
     * libyaml refuses {@code \\u} and {@code \\U} escapes naming a surrogate or a value beyond U+10FFFF,
     * which snakeyaml-engine accepts (JSON's {@code "\\ud83d\\ude00"} is such a pair).
     */
    private void rejectSurrogateEscapes(ScalarEvent scalar) throws SyntaxError {
        if (scalar.getStartMark().isEmpty() || scalar.getEndMark().isEmpty()) {
            return;
        }
        int from = charIndexOf(scalar.getStartMark().get().getIndex());
        int to = charIndexOf(scalar.getEndMark().get().getIndex());
        int i = text.indexOf('"', from);
        while (i >= 0 && i + 1 < to) {
            char c = text.charAt(++i);
            if (c != '\\' || i + 1 >= to) {
                continue;
            }
            char kind = text.charAt(++i);
            int digits = kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
            if (digits > 0 && i + digits < to) {
                long value = Long.parseLong(text.substring(i + 1, i + 1 + digits), 16);
                if ((value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) {
                    throw new SyntaxError("found invalid Unicode character escape code",
                            scalar.getStartMark().map(YamlEvents::toLocation).orElse(null));
                }
                i += digits;
            }
        }
    }

    private int charIndexOf(int codePoints) {
        if (codePoints < codePointIndex) {
            codePointIndex = 0;
            charIndex = 0;
        }
        charIndex = text.offsetByCodePoints(charIndex, codePoints - codePointIndex);
        codePointIndex = codePoints;
        return charIndex;
    }

    private static YamlEvent plainEvent(Kind kind, Location at) {
        return new YamlEvent(kind, at, null, null, null, false);
    }

    private static String anchor(NodeEvent event) {
        Optional<Anchor> anchor = event.getAnchor();
        return anchor.map(Anchor::getValue).orElse(null);
    }

    private static Location toLocation(Mark mark) {
        return new Location(mark.getLine(), mark.getColumn());
    }

    private static String oneLine(String text) {
        return text == null ? "invalid YAML" : text.replaceAll("\\s*\\n\\s*", " ").trim();
    }
}
