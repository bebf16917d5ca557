package dev.cfnguard.internal.eval;


/**
 * String and character formatting exactly as the reference's language prints them with {@code {:?}}
 * (Debug); floats are {@link dev.cfnguard.internal.value.FloatFormat}'s. Stateless.
 */
public final class RustFormat {
    private RustFormat() {}

    /** A string as {@code {:?}} prints it, quotes included. */
    public static String stringDebug(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(cp -> appendEscaped(out, cp, false));
        return out.append('"').toString();
    }

    /** A character as {@code {:?}} prints it, quotes included. */
    public static String charDebug(char value) {
        StringBuilder out = new StringBuilder(4).append('\'');
        appendEscaped(out, value, true);
        return out.append('\'').toString();
    }

    private static void appendEscaped(StringBuilder out, int cp, boolean inChar) {
        switch (cp) {
            case '\t' -> out.append("\\t");
            case '\r' -> out.append("\\r");
            case '\n' -> out.append("\\n");
            case '\\' -> out.append("\\\\");
            case 0 -> out.append("\\0");
            case '"' -> out.append(inChar ? "\"" : "\\\"");
            case '\'' -> out.append(inChar ? "\\'" : "'");
            default -> {
                if (isPrintable(cp)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append("\\u{").append(Integer.toHexString(cp)).append('}');
                }
            }
        }
    }

    private static boolean isPrintable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.SURROGATE,
                 Character.PRIVATE_USE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
