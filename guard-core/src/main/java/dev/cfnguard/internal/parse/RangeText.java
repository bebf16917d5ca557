package dev.cfnguard.internal.parse;

import dev.cfnguard.internal.value.Path;
import dev.cfnguard.internal.value.Value;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;

/**
 * Reads a range token such as {@code r[1, 10)}. Each bound is read as the reference reads it: a
 * floating point number if it has a fraction or a signed exponent, else an integer, else any single
 * character. Both bounds must be of the same kind.
 */
final class RangeText {

    private static final Pattern FLOAT = Pattern.compile("[0-9]+\\.[0-9]+([eE][+-]?[0-9]+)?|[0-9]+[eE][+-][0-9]+");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

    private final String text;
    private int position;

    private RangeText(String text) {
        this.text = text;
        this.position = 2;
    }

    static Value parse(Token token, Path path, Diagnostics diagnostics) {
        RangeText reader = new RangeText(token.getText());
        Object lower = reader.bound();
        reader.position++; // the comma
        Object upper = reader.bound();
        boolean lowerInclusive = token.getText().charAt(1) == '[';
        boolean upperInclusive = token.getText().endsWith("]");
        Value.RangeKind kind = kind(lower);
        if (kind == null || kind != kind(upper)) {
            diagnostics.report(token, "both bounds of a range must be integers, numbers or characters: "
                    + token.getText());
            return new Value.RangeValue(path, Value.RangeKind.INT, 0L, 0L, lowerInclusive, upperInclusive);
        }
        return new Value.RangeValue(path, kind, lower, upper, lowerInclusive, upperInclusive);
    }

    private static Value.RangeKind kind(Object bound) {
        if (bound instanceof Long) {
            return Value.RangeKind.INT;
        }
        if (bound instanceof Double) {
            return Value.RangeKind.FLOAT;
        }
        return bound instanceof Character ? Value.RangeKind.CHAR : null;
    }

    /** Reads one bound with the blanks around it; null for an integer that does not fit. */
    private Object bound() {
        skipBlanks();
        Object bound;
        Matcher number = FLOAT.matcher(text).region(position, text.length());
        if (number.lookingAt()) {
            bound = Double.parseDouble(number.group());
        } else if (number.usePattern(INTEGER).lookingAt()) {
            bound = LiteralText.integer(number.group()).isPresent()
                    ? (Object) LiteralText.integer(number.group()).getAsLong() : null;
        } else {
            int codePoint = text.codePointAt(position);
            // A character outside the Basic Multilingual Plane has no Java char; it is not supported.
            bound = Character.isBmpCodePoint(codePoint) ? (Object) (char) codePoint : null;
            position += Character.charCount(codePoint);
            skipBlanks();
            return bound;
        }
        position = number.end();
        skipBlanks();
        return bound;
    }

    private void skipBlanks() {
        while (position < text.length() && (text.charAt(position) == ' ' || text.charAt(position) == '\t')) {
            position++;
        }
    }
}
