package dev.cfnguard.internal.document;

import dev.cfnguard.internal.document.LibyamlParser.Event;
import dev.cfnguard.internal.document.LibyamlScanner.ScanError;
import dev.cfnguard.internal.document.LibyamlScanner.Style;
import dev.cfnguard.internal.value.Location;

/**
 * A pull reader of YAML events with the positions libyaml (the reference's parser) gives them: 0-based
 * line and column of the node's first character, its tag or anchor included. Backed by
 * {@link LibyamlParser}, which is iterative, so nesting depth costs heap rather than stack.
 * Not thread-safe.
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
            super(message, null, false, false);
            this.location = location;
        }

        Location location() {
            return location;
        }
    }

    private final LibyamlParser parser;

    YamlEvents(String text) {
        this.parser = new LibyamlParser(text);
    }

    /** The next event; after {@link Kind#STREAM_END} there are none. */
    YamlEvent next() throws SyntaxError {
        Event event;
        try {
            event = parser.next();
        } catch (ScanError e) {
            throw new SyntaxError(e.getMessage(), new Location(e.mark.line(), e.mark.column()));
        }
        if (event == null) {
            throw new SyntaxError("no more events after the end of the stream", null);
        }
        Location at = new Location(event.start().line(), event.start().column());
        Kind kind = switch (event.type()) {
            case STREAM_START -> Kind.STREAM_START;
            case STREAM_END -> Kind.STREAM_END;
            case DOCUMENT_START -> Kind.DOCUMENT_START;
            case DOCUMENT_END -> Kind.DOCUMENT_END;
            case ALIAS -> Kind.ALIAS;
            case SCALAR -> Kind.SCALAR;
            case SEQUENCE_START -> Kind.SEQUENCE_START;
            case SEQUENCE_END -> Kind.SEQUENCE_END;
            case MAPPING_START -> Kind.MAPPING_START;
            case MAPPING_END -> Kind.MAPPING_END;
        };
        return new YamlEvent(kind, at, event.tag(), event.anchor(), event.value(), event.style() == Style.PLAIN);
    }
}
