package dev.cfnguard.internal.testing;

import dev.cfnguard.internal.eval.SerdeYaml;

/**
 * Chooses how a string is written in block YAML, as the reference's serializer (libyaml underneath)
 * does: plain when that reads back as the same string, single-quoted when plain would not, double-quoted
 * for unprintable characters, and a literal block ({@code |-}) for multi-line text. Stateless.
 */
final class YamlScalars {
    private YamlScalars() {}

    /** @param indent the indentation of the mapping or sequence holding the scalar */
    static String scalar(String text, int indent) {
        Analysis analysis = analyze(text);
        if (text.indexOf('\n') >= 0) {
            return analysis.blockAllowed ? literal(text, indent) : doubleQuoted(text);
        }
        if (readsAsNonString(text)) {
            return analysis.singleQuotedAllowed ? singleQuoted(text) : doubleQuoted(text);
        }
        if (analysis.blockPlainAllowed) {
            return text;
        }
        return analysis.singleQuotedAllowed ? singleQuoted(text) : doubleQuoted(text);
    }

    /** Plain text the YAML reader would take for null, a boolean or a number. */
    private static boolean readsAsNonString(String text) {
        try {
            return !(SerdeYaml.resolvePlain(text).value() instanceof String);
        } catch (SerdeYaml.SyntaxException e) {
            return true;
        }
    }

    private static final class Analysis {
        boolean blockPlainAllowed = true;
        boolean singleQuotedAllowed = true;
        boolean blockAllowed = true;
    }

    private static boolean isBlank(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == -1;
    }

    private static boolean isPrintable(int c) {
        return c == 0x0A || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static Analysis analyze(String text) {
        Analysis result = new Analysis();
        if (text.isEmpty()) {
            result.blockAllowed = false;
            return result;
        }
        int[] chars = text.codePoints().toArray();
        boolean blockIndicators = text.startsWith("---") || text.startsWith("...");
        boolean specialCharacters = false;
        boolean lineBreaks = false;
        boolean leadingSpace = false;
        boolean leadingBreak = false;
        boolean trailingSpace = false;
        boolean trailingBreak = false;
        boolean breakSpace = false;
        boolean spaceBreak = false;
        boolean previousSpace = false;
        boolean previousBreak = false;
        boolean precededByWhitespace = true;
        for (int i = 0; i < chars.length; i++) {
            int c = chars[i];
            boolean first = i == 0;
            boolean last = i == chars.length - 1;
            boolean followedByWhitespace = isBlank(i + 1 < chars.length ? chars[i + 1] : -1);
            if (first) {
                if ("#,[]{}&*!|>'\"%@`".indexOf(c) >= 0) {
                    blockIndicators = true;
                }
                if ((c == '?' || c == ':') && followedByWhitespace) {
                    blockIndicators = true;
                }
                if (c == '-' && followedByWhitespace) {
                    blockIndicators = true;
                }
            } else {
                if (c == ':' && followedByWhitespace) {
                    blockIndicators = true;
                }
                if (c == '#' && precededByWhitespace) {
                    blockIndicators = true;
                }
            }
            if (!isPrintable(c)) {
                specialCharacters = true;
            }
            if (c == '\n') {
                lineBreaks = true;
            }
            if (c == ' ') {
                leadingSpace |= first;
                trailingSpace |= last;
                breakSpace |= previousBreak;
                previousSpace = true;
                previousBreak = false;
            } else if (c == '\n') {
                leadingBreak |= first;
                trailingBreak |= last;
                spaceBreak |= previousSpace;
                previousBreak = true;
                previousSpace = false;
            } else {
                previousSpace = false;
                previousBreak = false;
            }
            precededByWhitespace = isBlank(c);
        }
        if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
            result.blockPlainAllowed = false;
        }
        if (trailingSpace) {
            result.blockAllowed = false;
        }
        if (breakSpace) {
            result.blockPlainAllowed = false;
            result.singleQuotedAllowed = false;
        }
        if (spaceBreak || specialCharacters) {
            result.blockPlainAllowed = false;
            result.singleQuotedAllowed = false;
            result.blockAllowed = false;
        }
        if (lineBreaks || blockIndicators) {
            result.blockPlainAllowed = false;
        }
        return result;
    }

    private static String singleQuoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String doubleQuoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case 0 -> out.append("\\0");
                case 0x07 -> out.append("\\a");
                case 0x08 -> out.append("\\b");
                case 0x09 -> out.append("\\t");
                case 0x0A -> out.append("\\n");
                case 0x0B -> out.append("\\v");
                case 0x0C -> out.append("\\f");
                case 0x0D -> out.append("\\r");
                case 0x1B -> out.append("\\e");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case 0x85 -> out.append("\\N");
                case 0xA0 -> out.append("\\_");
                case 0x2028 -> out.append("\\L");
                case 0x2029 -> out.append("\\P");
                default -> {
                    if (isPrintable(c) && c != 0xFEFF) {
                        out.appendCodePoint(c);
                    } else if (c <= 0xFF) {
                        out.append(String.format("\\x%02X", c));
                    } else if (c <= 0xFFFF) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.append(String.format("\\U%08X", c));
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    private static String literal(String text, int indent) {
        String chomp;
        if (!text.endsWith("\n")) {
            chomp = "-";
        } else if (text.length() >= 2 && text.charAt(text.length() - 2) == '\n') {
            chomp = "+";
        } else {
            chomp = "";
        }
        String hint = text.startsWith(" ") || text.startsWith("\n") ? "2" : "";
        StringBuilder out = new StringBuilder("|").append(hint).append(chomp);
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        String pad = " ".repeat(indent + 2);
        for (String line : body.split("\n", -1)) {
            out.append('\n');
            if (!line.isEmpty()) {
                out.append(pad).append(line);
            }
        }
        return out.toString();
    }
}
