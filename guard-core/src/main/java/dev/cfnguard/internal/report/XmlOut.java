package dev.cfnguard.internal.report;

/**
 * An indenting XML writer with the layout of the reference's XML library: four spaces per level, a
 * line break before every tag except one that follows text, escaped text and attribute values, and a
 * final line break. Shared by the validate and test JUnit outputs. Not thread-safe.
 */
public final class XmlOut {
    private final StringBuilder out = new StringBuilder();
    private int depth;
    private boolean lineBreak;

    public void declaration() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        lineBreak = true;
    }

    /** {@code attributes} are name, value pairs. */
    public void start(String name, String... attributes) {
        tag(name, attributes);
        out.append('>');
        depth++;
        lineBreak = true;
    }

    public void empty(String name, String... attributes) {
        tag(name, attributes);
        out.append("/>");
        lineBreak = true;
    }

    public void end(String name) {
        depth--;
        indent();
        out.append("</").append(name).append('>');
        lineBreak = true;
    }

    public void text(String text) {
        out.append(escape(text));
        lineBreak = false;
    }

    /** The document, with its final line break. */
    public String finish() {
        return out.append('\n').toString();
    }

    private void tag(String name, String[] attributes) {
        indent();
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }

    private void indent() {
        if (lineBreak) {
            out.append('\n').append(" ".repeat(4 * depth));
        }
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '\'' -> escaped.append("&apos;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
