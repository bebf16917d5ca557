package dev.cfnguard.internal.document;

/** Rust's {@code {:?}} rendering of a string, which the reference's error messages embed. */
final class RustDebug {

    private RustDebug() {
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0 -> out.append("\\0");
                default -> {
                    if (isEscaped(c)) {
                        out.append("\\u{").append(Integer.toHexString(c)).append('}');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** Not printable, or a combining mark: Rust escapes these (approximated with Java's categories). */
    private static boolean isEscaped(int c) {
        switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.SURROGATE,
                    Character.PRIVATE_USE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK:
                return true;
            case Character.SPACE_SEPARATOR:
                return c != ' ';
            default:
                return false;
        }
    }
}
